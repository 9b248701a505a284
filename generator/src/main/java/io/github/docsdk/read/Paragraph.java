package io.github.docsdk.read;

/**
 * A paragraph (also one inside a list item or block quote).
 *
 * @param content its text
 * @param inList whether it belongs to a list item
 */
public record Paragraph(Text content, boolean inList, int line, int column) implements Block {}
