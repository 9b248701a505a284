/**
 * Reading of replies beyond the generated readers: the response envelope in one pass, bounded and
 * escaped server text, body previews for error messages. Implementation, not API: these may change with
 * any release.
 */
package io.github.docsdk.runtime.internal.json;
