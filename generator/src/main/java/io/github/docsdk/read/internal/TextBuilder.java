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
      }
    }
    return this;
  }

  /** Appends text verbatim apart from the pending break (used for code spans). */
  public TextBuilder literal(String s) {
    flushPending();
    sb.append(s.replace('\n', ' '));
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

  public int length() {
    return sb.length();
  }

  /** Text appended since {@code start} (a previous {@link #length()}). */
  public String since(int start) {
    return start >= sb.length() ? "" : sb.substring(start).trim();
  }

  public TextBuilder link(Link link) {
    links.add(link);
    return this;
  }

  private void flushPending() {
    if (sb.length() > 0) {
      if (pendingBreak == 2) {
        sb.append("\n\n");
      } else if (pendingBreak == 1) {
        sb.append('\n');
      } else if (pendingSpace) {
        sb.append(' ');
      }
    }
    pendingBreak = 0;
    pendingSpace = false;
  }

  public Text build(String raw) {
    return new Text(sb.toString(), links, raw);
  }
}
