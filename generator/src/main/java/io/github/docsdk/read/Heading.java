package io.github.docsdk.read;

/**
 * A heading.
 *
 * @param level 1 to 6
 * @param text plain text without inline HTML, entities decoded and trimmed
 * @param raw the heading's source text after the {@code #} marks
 * @param hasHtml whether the heading contains inline HTML (e.g. GitBook's {@code <a id>} anchors)
 * @param hasEntity whether the heading contains an HTML entity such as {@code &#x20;}
 */
public record Heading(int level, String text, String raw, boolean hasHtml, boolean hasEntity, int line, int column)
    implements Block {}
