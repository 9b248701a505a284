package io.github.docsdk.read;

/**
 * A place where reading a page reached one of the {@link InputLimits}: what was left out there.
 *
 * @param kind which limit
 * @param line 1-based file line of the first row, cell or character left out
 * @param column 1-based column
 * @param detail a sentence fragment saying what was left out, e.g. {@code "table has more than 1000 rows"}
 */
public record LimitHit(Kind kind, int line, int column, String detail) {

  /** The limits a page's reader enforces. */
  public enum Kind { TABLE_ROWS, PAGE_ROWS, CELLS, CELL_CHARS }
}
