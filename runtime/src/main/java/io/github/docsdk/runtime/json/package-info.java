/**
 * The runtime's JSON core on jackson-core's streaming API: the shared factory and its reading limits,
 * and the small API generated readers and writers call ({@code JsonRead}, {@code JsonWrite},
 * {@code KnownValues}, {@code JsonWritable}). Meant for generated code; users see it only through
 * {@code toJson()} and {@code fromJson(String)} on the models.
 */
package io.github.docsdk.runtime.json;
