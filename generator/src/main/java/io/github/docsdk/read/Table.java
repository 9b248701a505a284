package io.github.docsdk.read;

import java.util.List;

/**
 * A GFM table: a header row and body rows of cells.
 *
 * @param header the header cells
 * @param rows the body rows (possibly with empty cells)
 */
public record Table(Row header, List<Row> rows, int line, int column) implements Block {

  public Table {
    rows = List.copyOf(rows);
  }

  /** One table row. */
  public record Row(List<Cell> cells, int line) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** The cell in column {@code index}, or an empty cell when the row is short. */
    public Cell cell(int index) {
      if (index >= 0 && index < cells.size()) {
        return cells.get(index);
      }
      return new Cell(Text.EMPTY, line, 1);
    }

    public boolean isBlank() {
      for (Cell c : cells) {
        if (!c.content().isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /** One cell: its content and where it starts. */
  public record Cell(Text content, int line, int column) {
    public String text() {
      return content.text();
    }

    public String raw() {
      return content.raw();
    }
  }
}
