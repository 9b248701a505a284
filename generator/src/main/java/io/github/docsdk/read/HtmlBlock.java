package io.github.docsdk.read;

/**
 * An HTML block other than {@code <pre>} (e.g. GitBook's {@code <table>} of contents).
 *
 * @param content its text and links
 */
public record HtmlBlock(Text content, int line, int column) implements Block {}
