package io.github.docsdk.spec;

import java.util.Objects;

/**
 * Where something was written: a file relative to the docs root (always with {@code /}), and a
 * 1-based line and column. Used by every diagnostic and kept in the model so that tools can point
 * back at the docs.
 */
public final class SourceLocation implements Comparable<SourceLocation> {

  private final String file;
  private final int line;
  private final int column;

  public SourceLocation(String file, int line, int column) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
  }

  public static SourceLocation of(String file, int line, int column) {
    return new SourceLocation(file, line, column);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** {@code file:line:column}, the form IDEs and terminals make clickable. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourceLocation other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLocation
        && file.equals(((SourceLocation) o).file)
        && line == ((SourceLocation) o).line
        && column == ((SourceLocation) o).column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column);
  }
}
