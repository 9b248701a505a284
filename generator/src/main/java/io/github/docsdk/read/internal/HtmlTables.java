package io.github.docsdk.read.internal;

import io.github.docsdk.read.InputLimits;
import io.github.docsdk.read.LimitHit;
import io.github.docsdk.read.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GitBook HTML {@code <table>} (used when cells need features Markdown tables lack) into
 * the same {@link Table} as a Markdown table, with file lines and columns for every cell, within
 * the row and cell limits of {@link InputLimits}: reading stops at the first row past them.
 */
final class HtmlTables {

  /** The table and where it reached a limit. */
  record Read(Table table, List<LimitHit> hits) {}

  private HtmlTables() {}

  /**
   * @param html the HTML block's literal
   * @param firstLine the file line of the block's first line
   * @param maxRows body rows to read at most (the table and page limits)
   */
  static Read read(String html, int firstLine, int column, int maxRows) {
    String lower = asciiLower(html);
    Positions positions = new Positions(html, firstLine, column);
    List<LimitHit> hits = new ArrayList<>();
    Table.Row header = null;
    List<Table.Row> rows = new ArrayList<>();
    boolean cellsReported = false;
    boolean charsReported = false;
    int pos = 0;
    while (true) {
      int tr = lower.indexOf("<tr", pos);
      if (tr < 0) {
        break;
      }
      if (header != null && rows.size() >= Math.max(0, maxRows)) {
        int[] at = positions.of(tr);
        hits.add(rows.size() >= InputLimits.MAX_TABLE_ROWS
            ? new LimitHit(LimitHit.Kind.TABLE_ROWS, at[0], at[1], "table has more than " + InputLimits.MAX_TABLE_ROWS + " rows")
            : new LimitHit(LimitHit.Kind.PAGE_ROWS, at[0], at[1], "page has more than " + InputLimits.MAX_PAGE_ROWS
                + " table rows"));
        break;
      }
      int end = lower.indexOf("</tr>", tr);
      int rowEnd = end < 0 ? html.length() : end;
      List<Table.Cell> cells = new ArrayList<>();
      boolean headerCells = false;
      int c = tr;
      while (true) {
        int open = nextCell(lower, c, rowEnd);
        if (open < 0) {
          break;
        }
        if (lower.startsWith("<thead", open) || lower.startsWith("<tbody", open)) {
          c = open + 3;
          continue;
        }
        boolean isTh = lower.startsWith("<th", open);
        int contentStart = lower.indexOf('>', open);
        if (contentStart < 0 || contentStart >= rowEnd) {
          break;
        }
        contentStart++;
        int close = lower.indexOf(isTh ? "</th>" : "</td>", contentStart);
        int contentEnd = close < 0 || close > rowEnd ? rowEnd : close;
        int[] at = positions.of(open);
        if (cells.size() == InputLimits.MAX_CELLS) {
          if (!cellsReported) {
            cellsReported = true;
            hits.add(new LimitHit(LimitHit.Kind.CELLS, at[0], at[1],
                "table row has more than " + InputLimits.MAX_CELLS + " cells"));
          }
          break;
        }
        headerCells |= isTh;
        int cutEnd = contentEnd;
        if (contentEnd - contentStart > InputLimits.MAX_CELL_CHARS) {
          cutEnd = contentStart + InputLimits.MAX_CELL_CHARS;
          if (Character.isHighSurrogate(html.charAt(cutEnd - 1))) {
            cutEnd--;
          }
          if (!charsReported) {
            charsReported = true;
            int[] cutAt = positions.of(cutEnd);
            hits.add(new LimitHit(LimitHit.Kind.CELL_CHARS, cutAt[0], cutAt[1],
                "table cell is longer than " + InputLimits.MAX_CELL_CHARS + " characters"));
          }
        }
        cells.add(new Table.Cell(HtmlText.toText(html.substring(contentStart, cutEnd)), at[0], at[1]));
        c = contentEnd;
      }
      Table.Row row = new Table.Row(cells, positions.of(tr)[0]);
      if (header == null && (headerCells || rows.isEmpty())) {
        header = row;
      } else {
        rows.add(row);
      }
      pos = end < 0 ? html.length() : end + 5;
    }
    if (header == null) {
      header = new Table.Row(List.of(), firstLine);
    }
    return new Read(new Table(header, rows, firstLine, column), hits);
  }

  /** Lower case for ASCII letters only, so offsets stay those of {@code html} (Locale-aware lower case can grow a string). */
  private static String asciiLower(String html) {
    char[] chars = html.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** The next {@code <th} or {@code <td} at or after {@code from} and before {@code rowEnd}, or -1. */
  private static int nextCell(String lower, int from, int rowEnd) {
    for (int i = lower.indexOf('<', from); i >= 0 && i < rowEnd; i = lower.indexOf('<', i + 1)) {
      if (lower.startsWith("<th", i) || lower.startsWith("<td", i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * File line and column of offsets into the block, asked for in increasing order: one pass over
   * the text for the whole table instead of one from the start for every cell.
   */
  private static final class Positions {
    private final String html;
    private final int firstLine;
    private final int column;
    private int offset;
    private int line;
    private int lineStart;

    Positions(String html, int firstLine, int column) {
      this.html = html;
      this.firstLine = firstLine;
      this.column = column;
      this.line = firstLine;
    }

    int[] of(int target) {
      if (target < offset) { // not expected; start over rather than answer wrongly
        offset = 0;
        line = firstLine;
        lineStart = 0;
      }
      for (; offset < target; offset++) {
        if (html.charAt(offset) == '\n') {
          line++;
          lineStart = offset + 1;
        }
      }
      return new int[] {line, line == firstLine ? column + target - lineStart : target - lineStart + 1};
    }
  }
}
