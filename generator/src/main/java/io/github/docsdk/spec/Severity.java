package io.github.docsdk.spec;

/** How bad a diagnostic is. Errors mean no sensible SDK can be generated from the input. */
public enum Severity {
  WARNING,
  ERROR;

  /** The word used in {@code path:line:column: warning: ...} output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
