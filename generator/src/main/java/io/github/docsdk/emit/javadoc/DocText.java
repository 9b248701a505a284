package io.github.docsdk.emit.javadoc;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes plain text from the docs safe inside a Javadoc comment, which javac and doclint both
 * read: HTML specials become entities, {@code @} never starts a tag, {@code *}{@code /} never ends
 * the comment, and a backslash never forms a unicode escape (javac decodes those even in
 * comments). Blank-line-separated paragraphs become {@code <p>} paragraphs.
 */
public final class DocText {

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

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
   * Renders text as Javadoc body HTML: the first paragraph plain, later ones opened by {@code
   * <p>}; runs of {@code - item} lines become a {@code <ul>} list and Markdown code spans become
   * {@code <code>}, so the docs' own formatting survives into the IDE. Returns an empty string for
   * blank text.
   */
  public static String html(String text) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs(text)) {
      List<String> prose = new ArrayList<>();
      List<String> items = new ArrayList<>();
      for (String line : p.split("\n")) {
        String item = listItem(line);
        if (item != null) {
          items.add(item);
        } else if (items.isEmpty()) {
          prose.add(line.strip());
        } else {
          // prose after a list continues the last item, as Markdown would render it
          int last = items.size() - 1;
          items.set(last, items.get(last) + " " + line.strip());
        }
      }
      if (!prose.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n<p>");
        }
        out.append(inline(String.join("\n", prose)));
      }
      if (!items.isEmpty()) {
        out.append(out.length() > 0 ? "\n" : "").append("<ul>\n");
        for (String item : items) {
          out.append("  <li>").append(inline(item)).append("</li>\n");
        }
        out.append("</ul>");
      }
    }
    return out.toString();
  }

  /** The text of a {@code - item} or {@code * item} line, or null for any other line. */
  private static String listItem(String line) {
    String t = line.strip();
    if ((t.startsWith("- ") || t.startsWith("* ")) && t.length() > 2) {
      return t.substring(2).strip();
    }
    return null;
  }

  /** Escapes text, then turns Markdown code spans into {@code <code>} elements. */
  private static String inline(String text) {
    return CODE_SPAN.matcher(escape(text)).replaceAll("<code>$1</code>");
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
