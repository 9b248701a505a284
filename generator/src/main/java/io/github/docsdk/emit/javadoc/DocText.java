package io.github.docsdk.emit.javadoc;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes plain text from the docs safe inside a Javadoc comment, which javac and doclint both
 * read: HTML specials become entities, {@code @} never starts a tag, {@code *}{@code /} never ends
 * the comment, and a backslash never forms a unicode escape (javac decodes those even in
 * comments). Blank-line-separated paragraphs become {@code <p>} paragraphs.
 */
public final class DocText {

  private DocText() {}

  /** Escapes one piece of text; keeps line breaks. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r' -> { }
        case '\t' -> out.append(' ');
        default -> {
          if (c < 0x20 && c != '\n') {
            out.append(' ');
          } else if (Character.isSurrogate(c) && !validSurrogate(text, i)) {
            out.append('?');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Paragraphs of text, each trimmed, empty ones dropped. */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      String trimmed = p.strip();
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    return out;
  }

  /**
   * Renders a description (the model's doc markup, see {@link io.github.docsdk.spec.DocText}) as
   * Javadoc body HTML. Returns an empty string for blank text.
   */
  public static String html(String markup) {
    return html(io.github.docsdk.spec.DocText.parse(markup));
  }

  /**
   * Renders doc text as Javadoc body HTML: the first paragraph plain, later ones opened by {@code
   * <p>}; lists become a {@code <ul>}, code spans {@code <code>}, links to web pages {@code <a>}
   * (other links keep their text), so the docs' own formatting survives into the IDE.
   */
  public static String html(io.github.docsdk.spec.DocText doc) {
    StringBuilder out = new StringBuilder();
    for (io.github.docsdk.spec.DocText.Block block : doc.blocks()) {
      if (block.kind() == io.github.docsdk.spec.DocText.Block.Kind.LIST) {
        out.append(out.length() > 0 ? "\n" : "").append("<ul>\n");
        for (io.github.docsdk.spec.DocText.Line item : block.lines()) {
          out.append("  <li>").append(inline(item)).append("</li>\n");
        }
        out.append("</ul>");
      } else {
        if (out.length() > 0) {
          out.append("\n\n<p>");
        }
        for (int i = 0; i < block.lines().size(); i++) {
          out.append(i > 0 ? "\n" : "").append(inline(block.lines().get(i)));
        }
      }
    }
    // spans are escaped one by one: a '*' ending one and a '/' starting the next must still not close the comment
    return out.toString().replace("*/", "*&#47;");
  }

  private static String inline(io.github.docsdk.spec.DocText.Line line) {
    StringBuilder out = new StringBuilder();
    for (io.github.docsdk.spec.DocText.Span span : line.spans()) {
      switch (span.kind()) {
        case CODE -> out.append("<code>").append(escape(span.text())).append("</code>");
        case LINK -> {
          String text = linkText(span.text());
          if (isWebUrl(span.target())) {
            out.append("<a href=\"").append(escape(span.target()).replace("\"", "&quot;")).append("\">")
                .append(text.isEmpty() ? escape(span.target()) : text).append("</a>");
          } else {
            out.append(text);
          }
        }
        default -> out.append(escape(span.text()));
      }
    }
    return out.toString();
  }

  /** A link's text may hold code spans of its own. */
  private static String linkText(String text) {
    StringBuilder out = new StringBuilder();
    for (io.github.docsdk.spec.DocText.Line l : io.github.docsdk.spec.DocText.parse(text).lines()) {
      out.append(out.length() > 0 ? " " : "").append(inline(l));
    }
    return out.toString();
  }

  private static boolean isWebUrl(String target) {
    String t = target.toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("https://") || t.startsWith("http://");
  }

  /** A JavaPoet block holding already-escaped HTML literally (no format characters interpreted). */
  public static CodeBlock literal(String html) {
    return CodeBlock.of("$L", html);
  }

  /** First sentence-ish summary of a text, escaped, for short mentions such as enum constants. */
  public static String summary(String text) {
    List<String> ps = paragraphs(text);
    return ps.isEmpty() ? "" : escape(ps.get(0));
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
