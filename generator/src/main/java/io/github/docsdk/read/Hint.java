package io.github.docsdk.read;

/**
 * A GitBook {@code {% hint style="..." %}} block.
 *
 * @param style e.g. {@code info}, {@code warning}; may be empty
 * @param content the text between the tags
 */
public record Hint(String style, Text content, int line, int column) implements Block {}
