package io.github.docsdk.read.internal;

import io.github.docsdk.read.InputLimits;
import io.github.docsdk.read.LimitHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the table limits of {@link InputLimits} to a page's text before it is parsed, so that
 * what lies beyond a limit costs one scan and is never parsed: table rows past the limits are
 * emptied (their line breaks stay, so every line keeps its number), cells past the cell limit are
 * cut off their line, and over-long cells are blanked past the character limit (with spaces, so
 * the cells after them keep their columns).
 *
 * <p>Tables are recognised as the GFM reader does: a line with a {@code |} above a delimiter row
 * ({@code | --- | :-: |}), then every following line with a {@code |} until one without. The
 * page reader applies the same limits again to what it builds, for any table this scan missed.
 */
public final class TableLimiter {

  /**
   * The limited text, where limits were reached (one hit per limit and table) and the table body
   * rows the page has (counted up to the page limit), which HTML tables then add to.
   */
  public record Result(String text, List<LimitHit> hits, int pageRows) {}

  private final String text;
  private final StringBuilder out;
  private final List<LimitHit> hits = new ArrayList<>();
  private int pageRows;
  private boolean pageRowsReported;
  private boolean changed;

  private TableLimiter(String text) {
    this.text = text;
    this.out = new StringBuilder(text.length());
  }

  public static Result limit(String text) {
    if (text.indexOf('|') < 0) {
      return new Result(text, List.of(), 0);
    }
    TableLimiter t = new TableLimiter(text);
    t.run();
    return new Result(t.changed ? t.out.toString() : text, List.copyOf(t.hits),
        Math.min(t.pageRows, InputLimits.MAX_PAGE_ROWS));
  }

  private void run() {
    int pos = 0;
    int line = 1;
    boolean inTable = false;
    int tableRows = 0;
    boolean cellsReported = false;
    boolean charsReported = false;
    boolean rowsReported = false;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      int next = end < 0 ? text.length() : end + 1;
      int contentEnd = end < 0 ? text.length() : end;
      boolean pipe = hasPipe(pos, contentEnd);
      if (!inTable && pipe && next < text.length() && isDelimiterRow(next, lineEnd(next))) {
        inTable = true;
        tableRows = -2; // the header and the delimiter row are not body rows
        cellsReported = false;
        charsReported = false;
        rowsReported = false;
      } else if (inTable && !pipe) {
        inTable = false;
      }
      if (!inTable) {
        out.append(text, pos, next);
      } else {
        tableRows++;
        boolean body = tableRows > 0;
        if (body && (tableRows > InputLimits.MAX_TABLE_ROWS || pageRows >= InputLimits.MAX_PAGE_ROWS)) {
          boolean tableLimit = tableRows > InputLimits.MAX_TABLE_ROWS;
          if (tableLimit ? !rowsReported : !pageRowsReported) {
            rowsReported = true;
            pageRowsReported |= !tableLimit;
            hits.add(tableLimit
                ? new LimitHit(LimitHit.Kind.TABLE_ROWS, line, 1,
                    "table has more than " + InputLimits.MAX_TABLE_ROWS + " rows")
                : new LimitHit(LimitHit.Kind.PAGE_ROWS, line, 1,
                    "page has more than " + InputLimits.MAX_PAGE_ROWS + " table rows"));
          }
          changed = true;
          if (end >= 0) {
            out.append('\n'); // the row is dropped; its line stays, empty
          }
        } else {
          if (body) {
            pageRows++; // only rows that are read count towards the page's limit
          }
          int[] flags = appendLimitedRow(pos, contentEnd, line, !cellsReported, !charsReported);
          cellsReported |= flags[0] != 0;
          charsReported |= flags[1] != 0;
          out.append(text, contentEnd, next);
        }
      }
      pos = next;
      line++;
    }
  }

  private int lineEnd(int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private boolean hasPipe(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  /** {@code | --- | :-: |}: pipes, dashes, colons and spaces, with a dash in every cell. */
  private boolean isDelimiterRow(int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
      i++;
    }
    boolean dash = false;
    boolean any = false;
    boolean sawDash = false;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        dash = true;
        any = true;
        sawDash = true;
      } else if (c == '|') {
        if (!dash && any) {
          return false;
        }
        dash = false;
        any = false;
      } else if (c == ':') {
        any = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return sawDash && (dash || !any);
  }

  /**
   * Appends one table line, cut after the cell limit and with over-long cells blanked.
   *
   * @return whether cells were cut, whether characters were blanked
   */
  private int[] appendLimitedRow(int from, int to, int line, boolean reportCells, boolean reportChars) {
    int[] flags = new int[2];
    int first = from;
    while (first < to && (text.charAt(first) == ' ' || text.charAt(first) == '\t' || text.charAt(first) == '>')) {
      first++;
    }
    boolean leadingPipe = first < to && text.charAt(first) == '|';
    int cells = 0;
    int cellStart = leadingPipe ? first + 1 : from;
    out.append(text, from, cellStart);
    int i = cellStart;
    while (i <= to) {
      boolean boundary = i == to || text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '\\');
      if (!boundary) {
        i++;
        continue;
      }
      cells++;
      if (cells > InputLimits.MAX_CELLS && !text.substring(cellStart, to).isBlank()) {
        flags[0] = 1;
        changed = true;
        if (reportCells) {
          hits.add(new LimitHit(LimitHit.Kind.CELLS, line, cellStart - from + 1,
              "table row has more than " + InputLimits.MAX_CELLS + " cells"));
        }
        return flags; // the rest of the line is dropped
      }
      int length = i - cellStart;
      if (length > InputLimits.MAX_CELL_CHARS) {
        int keep = cellStart + InputLimits.MAX_CELL_CHARS;
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
          keep--; // never split a character in two
        }
        out.append(text, cellStart, keep);
        out.append(" ".repeat(i - keep));
        changed = true;
        if (reportChars && flags[1] == 0) {
          hits.add(new LimitHit(LimitHit.Kind.CELL_CHARS, line, keep - from + 1,
              "table cell is longer than " + InputLimits.MAX_CELL_CHARS + " characters"));
        }
        flags[1] = 1;
      } else {
        out.append(text, cellStart, i);
      }
      if (i < to) {
        out.append('|');
      }
      cellStart = i + 1;
      i++;
    }
    return flags;
  }
}
