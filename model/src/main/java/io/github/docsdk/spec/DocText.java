package io.github.docsdk.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Text from the docs as a small structure: paragraphs and lists of lines, each line a run of plain
 * text, code spans and links. Immutable.
 *
 * <p>Descriptions in the model are stored in a tiny markup, the one {@link #parse} reads: blocks
 * are separated by a blank line; a line starting with {@code "- "} (or {@code "* "}) is a list
 * item, other lines are prose (a change between the two starts a new block); {@code `x`} is a code
 * span; {@code [text](target)} is a link. Enum extraction and Javadoc rendering both work on this
 * structure, so the markup is read in one place.
 */
public final class DocText {

  private static final DocText EMPTY = new DocText(List.of());

  private final List<Block> blocks;

  private DocText(List<Block> blocks) {
    this.blocks = blocks;
  }

  /** Reads the markup described above; never fails (anything unrecognised is text). */
  public static DocText parse(String markup) {
    if (markup == null || markup.isBlank()) {
      return EMPTY;
    }
    List<Block> blocks = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    Block.Kind kind = null;
    for (String raw : markup.replace("\r\n", "\n").split("\n", -1)) {
      String line = raw.strip();
      if (blank(line)) {
        kind = flush(blocks, kind, lines);
        continue;
      }
      String item = itemText(line);
      Block.Kind lineKind = item == null ? Block.Kind.PARAGRAPH : Block.Kind.LIST;
      if (kind != null && kind != lineKind) {
        flush(blocks, kind, lines);
      }
      kind = lineKind;
      lines.add(Line.parse(item == null ? line : item));
    }
    flush(blocks, kind, lines);
    return blocks.isEmpty() ? EMPTY : new DocText(Collections.unmodifiableList(blocks));
  }

  private static Block.Kind flush(List<Block> blocks, Block.Kind kind, List<Line> lines) {
    if (kind != null && !lines.isEmpty()) {
      blocks.add(new Block(kind, List.copyOf(lines)));
    }
    lines.clear();
    return null;
  }

  /** Blank: only spaces of any kind (no-break and ideographic ones too). */
  private static boolean blank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** The text of a {@code - item} or {@code * item} line, or null for any other line. */
  private static String itemText(String line) {
    if ((line.startsWith("- ") || line.startsWith("* ")) && line.length() > 2) {
      String rest = line.substring(2).strip();
      return rest.isEmpty() ? null : rest;
    }
    return null;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** All lines in order, list items included. */
  public List<Line> lines() {
    List<Line> out = new ArrayList<>();
    for (Block b : blocks) {
      out.addAll(b.lines());
    }
    return out;
  }

  /** The first line's {@link Line#text()}, or empty. */
  public String firstLine() {
    return blocks.isEmpty() ? "" : blocks.get(0).lines().get(0).text();
  }

  /** The markup again (normalised: stripped lines, one blank line between blocks). */
  public String markup() {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      for (int i = 0; i < b.lines().size(); i++) {
        if (i > 0) {
          out.append('\n');
        }
        out.append(b.kind() == Block.Kind.LIST ? "- " : "").append(b.lines().get(i).markup());
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocText && blocks.equals(((DocText) o).blocks);
  }

  @Override
  public int hashCode() {
    return blocks.hashCode();
  }

  @Override
  public String toString() {
    return markup();
  }

  /** A paragraph (its lines were separated by line breaks) or a list (one line per item). */
  public static final class Block {

    /** What a block is. */
    public enum Kind { PARAGRAPH, LIST }

    private final Kind kind;
    private final List<Line> lines;

    Block(Kind kind, List<Line> lines) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.lines = lines;
    }

    public Kind kind() {
      return kind;
    }

    public List<Line> lines() {
      return lines;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Block && kind == ((Block) o).kind && lines.equals(((Block) o).lines);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + lines.hashCode();
    }
  }

  /** One line of text: spans of plain text, code and links. */
  public static final class Line {

    private final List<Span> spans;

    Line(List<Span> spans) {
      this.spans = spans;
    }

    static Line parse(String s) {
      List<Span> spans = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      // The next "](" and the one '[' that may open a link ending there, found once per "](",
      // so that a line full of brackets costs linear time.
      int close = -1;
      int opener = -1;
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '[' && close < i) {
          close = s.indexOf("](", i);
          close = close < 0 ? s.length() : close;
          opener = close < s.length() ? s.lastIndexOf('[', close - 1) : -1;
        }
        int end;
        if (c == '`' && (end = s.indexOf('`', i + 1)) > i + 1) {
          addText(spans, text);
          spans.add(new Span(Span.Kind.CODE, s.substring(i + 1, end), ""));
          i = end + 1;
        } else if (c == '[' && i == opener && (end = linkEnd(s, close)) > 0) {
          addText(spans, text);
          spans.add(new Span(Span.Kind.LINK, s.substring(i + 1, close), s.substring(close + 2, end)));
          i = end + 1;
        } else {
          text.append(c);
          i++;
        }
      }
      addText(spans, text);
      return new Line(List.copyOf(spans));
    }

    /** Index of the {@code )} ending a link whose {@code ](} is at {@code close}, or -1. */
    private static int linkEnd(String s, int close) {
      int end = s.indexOf(')', close + 2);
      if (end < 0 || end == close + 2) {
        return -1;
      }
      String target = s.substring(close + 2, end);
      return target.indexOf(' ') >= 0 || target.indexOf('(') >= 0 ? -1 : end;
    }

    private static void addText(List<Span> spans, StringBuilder text) {
      if (text.length() > 0) {
        spans.add(new Span(Span.Kind.TEXT, text.toString(), ""));
        text.setLength(0);
      }
    }

    public List<Span> spans() {
      return spans;
    }

    /** The line as a reader sees it: code spans keep their backticks, links show their text. */
    public String text() {
      StringBuilder out = new StringBuilder();
      for (Span s : spans) {
        out.append(s.kind() == Span.Kind.CODE ? "`" + s.text() + "`" : s.text());
      }
      return out.toString();
    }

    /** The line in the markup {@link DocText#parse} reads. */
    public String markup() {
      StringBuilder out = new StringBuilder();
      for (Span s : spans) {
        switch (s.kind()) {
          case CODE:
            out.append('`').append(s.text()).append('`');
            break;
          case LINK:
            out.append('[').append(s.text()).append("](").append(s.target()).append(')');
            break;
          default:
            out.append(s.text());
        }
      }
      return out.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line && spans.equals(((Line) o).spans);
    }

    @Override
    public int hashCode() {
      return spans.hashCode();
    }

    @Override
    public String toString() {
      return markup();
    }
  }

  /** A run of plain text, a code span, or a link (with its target as written in the docs). */
  public static final class Span {

    /** What a span is. */
    public enum Kind { TEXT, CODE, LINK }

    private final Kind kind;
    private final String text;
    private final String target;

    Span(Kind kind, String text, String target) {
      this.kind = kind;
      this.text = text;
      this.target = target;
    }

    public Kind kind() {
      return kind;
    }

    public String text() {
      return text;
    }

    /** The link's destination (relative path, URL, {@code #anchor}); empty for other spans. */
    public String target() {
      return target;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Span)) {
        return false;
      }
      Span s = (Span) o;
      return kind == s.kind && text.equals(s.text) && target.equals(s.target);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, text, target);
    }
  }
}
