package io.github.docsdk.spec;

import java.util.Objects;

/**
 * How an action pages: the JSON names of its request's page number and page size, and of its
 * response's total count and item list. Immutable.
 */
public final class Pagination {

  private final String pageNumber;
  private final String pageSize;
  private final String total;
  private final String items;

  public Pagination(String pageNumber, String pageSize, String total, String items) {
    this.pageNumber = Objects.requireNonNull(pageNumber, "pageNumber");
    this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
    this.total = Objects.requireNonNull(total, "total");
    this.items = Objects.requireNonNull(items, "items");
  }

  /** The request member that says which page (1-based), e.g. {@code pageNum}. */
  public String pageNumber() {
    return pageNumber;
  }

  /** The request member that says how many items a page holds, e.g. {@code pageSize}. */
  public String pageSize() {
    return pageSize;
  }

  /** The response member with the number of items on all pages, e.g. {@code totalCount}. */
  public String total() {
    return total;
  }

  /** The response member with this page's items, e.g. {@code dataSet}. */
  public String items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Pagination)) {
      return false;
    }
    Pagination p = (Pagination) o;
    return pageNumber.equals(p.pageNumber) && pageSize.equals(p.pageSize) && total.equals(p.total)
        && items.equals(p.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pageNumber, pageSize, total, items);
  }

  @Override
  public String toString() {
    return "Pagination[pageNumber=" + pageNumber + ", pageSize=" + pageSize + ", total=" + total
        + ", items=" + items + "]";
  }
}
