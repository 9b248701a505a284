package io.github.docsdk.read;

import java.util.List;

/**
 * Literal code: a fenced or indented code block, or an HTML {@code <pre><code>} block with its
 * tags removed and entities decoded.
 *
 * @param info the fence's info string or the {@code <pre>} language, e.g. {@code json}; may be empty
 * @param lines the literal lines
 * @param firstLine the file line of {@code lines.get(0)}; the lines are consecutive
 * @param html whether it came from {@code <pre><code>} HTML
 */
public record CodeBlock(String info, List<String> lines, int firstLine, boolean html, int line, int column)
    implements Block {

  public CodeBlock {
    lines = List.copyOf(lines);
  }

  public String literal() {
    return String.join("\n", lines);
  }
}
