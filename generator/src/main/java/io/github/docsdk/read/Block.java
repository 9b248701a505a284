package io.github.docsdk.read;

/**
 * One block of a page, in document order. Lines and columns are 1-based and refer to the
 * original file (front matter included).
 */
public sealed interface Block
    permits Heading, Paragraph, Table, CodeBlock, Hint, LiquidTag, HtmlBlock {

  int line();

  int column();
}
