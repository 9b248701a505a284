package io.github.docsdk.read.internal;

import io.github.docsdk.read.Link;
import io.github.docsdk.read.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates plain text with lazily emitted breaks, so that markup such as {@code </p><p>} or
 * {@code <br><br>} never produces runs of empty lines, and whitespace is normalised.
 */
public final class TextBuilder {

  private final StringBuilder sb = new StringBuilder();
  /** The same text with links written as {@code [text](destination)}, see {@link Text#markup()}. */
  private final StringBuilder mk = new StringBuilder();
  private final List<Link> links = new ArrayList<>();
  private int pendingBreak; // 0 none, 1 newline, 2 paragraph
  private boolean pendingSpace;

  public TextBuilder text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        newline();
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        pendingSpace = true;
      } else {
        flushPending();
        sb.append(c);
        mk.append(c);
      }
    }
    return this;
  }

  /** Appends text verbatim apart from the pending break (used for code spans). */
  public TextBuilder literal(String s) {
    flushPending();
    String flat = s.replace('\n', ' ');
    sb.append(flat);
    mk.append(flat);
    return this;
  }

  public TextBuilder space() {
    pendingSpace = true;
    return this;
  }

  public TextBuilder newline() {
    pendingBreak = Math.max(pendingBreak, 1);
    pendingSpace = false;
    return this;
  }

  public TextBuilder paragraph() {
    pendingBreak = 2;
    pendingSpace = false;
    return this;
  }

  /** Where the next text goes; pass it to {@link #link(Mark, String)} when the link closes. */
  public Mark mark() {
    return new Mark(sb.length(), mk.length());
  }

  /** Records a link whose text is everything appended since {@code start}. */
  public TextBuilder link(Mark start, String destination) {
    String text = start.plain >= sb.length() ? "" : sb.substring(start.plain).trim();
    links.add(new Link(text, destination));
    if (writable(text, destination)) {
      int open = start.markup;
      while (open < mk.length() && Character.isWhitespace(mk.charAt(open))) {
        open++; // a pending break or space was flushed before the link's first character
      }
      mk.insert(open, '[').append("](").append(destination).append(')');
    }
    return this;
  }

  /** Whether {@code [text](destination)} reads back as this one link (else the markup keeps the text only). */
  private static boolean writable(String text, String destination) {
    if (text.isEmpty() || destination.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf('[') >= 0
        || text.indexOf(']') >= 0) {
      return false;
    }
    for (int i = 0; i < destination.length(); i++) {
      char c = destination.charAt(i);
      if (c == ' ' || c == '(' || c == ')' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** A position in the text being built (the plain and the markup form differ in length). */
  public static final class Mark {
    private final int plain;
    private final int markup;

    private Mark(int plain, int markup) {
      this.plain = plain;
      this.markup = markup;
    }
  }

  private void flushPending() {
    if (sb.length() > 0) {
      String gap = pendingBreak == 2 ? "\n\n" : pendingBreak == 1 ? "\n" : pendingSpace ? " " : "";
      sb.append(gap);
      mk.append(gap);
    }
    pendingBreak = 0;
    pendingSpace = false;
  }

  public Text build(String raw) {
    return new Text(sb.toString(), links, raw, mk.toString());
  }
}
