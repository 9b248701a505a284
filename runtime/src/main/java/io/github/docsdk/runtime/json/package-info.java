/**
 * The runtime's JSON core on jackson-core's streaming API: the shared factory and its reading limits, the
 * helpers generated readers and writers call, one-pass reading of the response envelope, and body previews
 * for errors.
 */
package io.github.docsdk.runtime.json;
