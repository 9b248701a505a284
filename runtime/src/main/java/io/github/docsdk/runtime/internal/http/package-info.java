/**
 * Transport pieces on top of {@code java.net.http}: endpoint rules, capped and gzip-aware body reading,
 * backoff, the connection limiter and the timer thread. Implementation, not API: these may change with
 * any release.
 */
package io.github.docsdk.runtime.internal.http;
