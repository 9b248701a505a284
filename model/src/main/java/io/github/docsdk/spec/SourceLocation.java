package io.github.docsdk.spec;

import java.util.Objects;

/**
 * Where something was written: a file relative to the docs root (always with {@code /}), and a
 * 1-based line and column. Used by every diagnostic and kept in the model so that tools can point
 * back at the docs.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  public static SourceLocation of(String file, int line, int column) {
    return new SourceLocation(file, line, column);
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
}
