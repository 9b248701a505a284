/**
 * Transport pieces on top of {@code java.net.http}: endpoint rules, capped and gzip-aware body reading,
 * backoff, the connection limiter and the timer thread.
 */
package io.github.docsdk.runtime.http;
