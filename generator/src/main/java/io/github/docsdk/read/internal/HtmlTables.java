package io.github.docsdk.read.internal;

import io.github.docsdk.read.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a GitBook HTML {@code <table>} (used when cells need features Markdown tables lack) into
 * the same {@link Table} as a Markdown table, with file lines and columns for every cell.
 */
final class HtmlTables {

  private HtmlTables() {}

  /**
   * @param html the HTML block's literal
   * @param firstLine the file line of the block's first line
   */
  static Table read(String html, int firstLine, int column) {
    String lower = html.toLowerCase(Locale.ROOT);
    Table.Row header = null;
    List<Table.Row> rows = new ArrayList<>();
    int pos = 0;
    while (true) {
      int tr = lower.indexOf("<tr", pos);
      if (tr < 0) {
        break;
      }
      int end = lower.indexOf("</tr>", tr);
      int rowEnd = end < 0 ? html.length() : end;
      List<Table.Cell> cells = new ArrayList<>();
      boolean headerCells = false;
      int c = tr;
      while (true) {
        int th = lower.indexOf("<th", c);
        int td = lower.indexOf("<td", c);
        int open = th < 0 ? td : td < 0 ? th : Math.min(th, td);
        if (open < 0 || open >= rowEnd) {
          break;
        }
        if (lower.startsWith("<thead", open) || lower.startsWith("<tbody", open)) {
          c = open + 3;
          continue;
        }
        boolean isTh = open == th;
        int contentStart = lower.indexOf('>', open);
        if (contentStart < 0 || contentStart >= rowEnd) {
          break;
        }
        contentStart++;
        int close = lower.indexOf(isTh ? "</th>" : "</td>", contentStart);
        int contentEnd = close < 0 || close > rowEnd ? rowEnd : close;
        headerCells |= isTh;
        int[] at = position(html, open, firstLine, column);
        cells.add(new Table.Cell(HtmlText.toText(html.substring(contentStart, contentEnd)), at[0], at[1]));
        c = contentEnd;
      }
      Table.Row row = new Table.Row(cells, position(html, tr, firstLine, column)[0]);
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
    return new Table(header, rows, firstLine, column);
  }

  private static int[] position(String html, int offset, int firstLine, int column) {
    int line = firstLine;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (html.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, line == firstLine ? column + offset - lineStart : offset - lineStart + 1};
  }
}
