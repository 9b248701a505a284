package io.github.docsdk.read.internal;

import io.github.docsdk.read.Link;
import io.github.docsdk.read.Text;
import java.util.Locale;

/** Turns HTML fragments (inline tags in cells, HTML blocks) into {@link Text}. */
public final class HtmlText {

  private HtmlText() {}

  /** Whether {@code s} at {@code i} starts something shaped like a tag: {@code <name ...>}. */
  public static int tagEnd(String s, int i) {
    if (i + 1 >= s.length() || s.charAt(i) != '<') {
      return -1;
    }
    int j = i + 1;
    if (s.charAt(j) == '/') {
      j++;
    }
    if (j >= s.length() || !isAsciiLetter(s.charAt(j))) {
      return -1;
    }
    int close = s.indexOf('>', j);
    int nextOpen = s.indexOf('<', j);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      return -1;
    }
    return close + 1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The lower-case tag name of {@code tag} (e.g. {@code p}, {@code /p}, {@code br}). */
  public static String tagName(String tag) {
    int i = 1;
    StringBuilder name = new StringBuilder();
    if (i < tag.length() && tag.charAt(i) == '/') {
      name.append('/');
      i++;
    }
    while (i < tag.length()) {
      char c = tag.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        break;
      }
      name.append(c);
      i++;
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }

  /** The decoded value of attribute {@code attr} in {@code tag}, or null. */
  public static String attribute(String tag, String attr) {
    String lower = tag.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = lower.indexOf(attr, from);
      if (at < 0) {
        return null;
      }
      int j = at + attr.length();
      boolean boundary = at > 0 && Character.isWhitespace(lower.charAt(at - 1));
      while (j < tag.length() && tag.charAt(j) == ' ') {
        j++;
      }
      if (boundary && j < tag.length() && tag.charAt(j) == '=') {
        j++;
        while (j < tag.length() && tag.charAt(j) == ' ') {
          j++;
        }
        if (j < tag.length() && (tag.charAt(j) == '"' || tag.charAt(j) == '\'')) {
          char q = tag.charAt(j);
          int end = tag.indexOf(q, j + 1);
          return end < 0 ? null : Entities.decode(tag.substring(j + 1, end));
        }
        int end = j;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>') {
          end++;
        }
        return Entities.decode(tag.substring(j, end));
      }
      from = at + 1;
    }
  }

  /** State for turning a stream of tags into breaks and links; shared with the inline renderer. */
  public static final class TagHandler {
    private final TextBuilder out;
    private String pendingHref;
    private TextBuilder.Mark linkStart;

    public TagHandler(TextBuilder out) {
      this.out = out;
    }

    public void tag(String tag) {
      String name = tagName(tag);
      switch (name) {
        case "p", "/p", "ul", "/ul", "ol", "/ol", "div", "/div", "table", "/table", "pre", "/pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6",
            "blockquote", "/blockquote" -> out.paragraph();
        case "br", "tr", "/tr" -> out.newline();
        case "li" -> {
          out.newline();
          out.literal("- ");
        }
        case "td", "th" -> out.space();
        case "code", "/code" -> out.literal("`");
        case "a" -> {
          pendingHref = attribute(tag, "href");
          linkStart = out.mark();
        }
        case "/a" -> {
          if (pendingHref != null && !pendingHref.isEmpty()) {
            out.link(linkStart, pendingHref);
          }
          pendingHref = null;
          linkStart = null;
        }
        default -> {
          // strong, em, span, img, ...: formatting only
        }
      }
    }
  }

  public static Text toText(String html) {
    TextBuilder out = new TextBuilder();
    TagHandler tags = new TagHandler(out);
    int i = 0;
    int textStart = 0;
    while (i < html.length()) {
      if (html.charAt(i) == '<') {
        int end = tagEnd(html, i);
        if (end > 0) {
          out.text(Entities.decode(html.substring(textStart, i)));
          tags.tag(html.substring(i, end));
          i = end;
          textStart = i;
          continue;
        }
        if (html.startsWith("<!--", i)) {
          int close = html.indexOf("-->", i + 4);
          out.text(Entities.decode(html.substring(textStart, i)));
          i = close < 0 ? html.length() : close + 3;
          textStart = i;
          continue;
        }
      }
      i++;
    }
    out.text(Entities.decode(html.substring(textStart)));
    return out.build(html);
  }

  /** Removes all tags from one line of a {@code <pre>} block and decodes entities. */
  public static String stripTags(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    int i = 0;
    int textStart = 0;
    while (i < line.length()) {
      if (line.charAt(i) == '<') {
        int end = tagEnd(line, i);
        if (end > 0) {
          sb.append(line, textStart, i);
          i = end;
          textStart = i;
          continue;
        }
      }
      i++;
    }
    sb.append(line, textStart, line.length());
    return Entities.decode(sb.toString());
  }
}
