package io.github.docsdk.read;

/**
 * How much of a docs tree docsdk reads. Each limit is far above what real API reference pages
 * need (the Zenlayer bmc docs: 85 pages, the largest 39 KB, tables of at most 31 rows and 4
 * columns, cells of at most 378 characters), so that only hostile or broken docs reach one;
 * reaching one is a located diagnostic, and what lies beyond it is skipped without being parsed.
 */
public final class InputLimits {

  /** Bytes of one page; a larger page is skipped ({@code PAGE_TOO_LARGE}). */
  public static final int MAX_PAGE_BYTES = 2 * 1024 * 1024;

  /** Bytes of all pages of a tree together; pages past it are skipped ({@code TREE_TOO_LARGE}). */
  public static final long MAX_TREE_BYTES = 64L * 1024 * 1024;

  /** Markdown files in a tree; a tree with more is not read ({@code TOO_MANY_PAGES}). */
  public static final int MAX_PAGES = 10_000;

  /** Body rows of one table; rows past it are dropped unread ({@code TABLE_TOO_LONG}). */
  public static final int MAX_TABLE_ROWS = 1_000;

  /** Table rows of one page, all tables together; rows past it are dropped ({@code PAGE_TOO_MANY_ROWS}). */
  public static final int MAX_PAGE_ROWS = 5_000;

  /** Cells of one table row (header included); cells past it are dropped ({@code ROW_TOO_WIDE}). */
  public static final int MAX_CELLS = 32;

  /** Characters of one table cell; the rest is cut ({@code CELL_TOO_LONG}). */
  public static final int MAX_CELL_CHARS = 16 * 1024;

  /** Bytes of an overrides, name lock or lint levels file; a larger one is an I/O error. */
  public static final int MAX_CONFIG_BYTES = 8 * 1024 * 1024;

  /** Members of one structure, request or response ({@code TOO_MANY_MEMBERS}). */
  public static final int MAX_MEMBERS = 1_000;

  private InputLimits() {}
}
