package io.github.docsdk.spec;

/**
 * How bad a diagnostic is. Errors mean no sensible SDK can be generated from the input; warnings
 * are what changes or endangers the generated SDK or misleads a reader (they fail strict builds);
 * notes are informational (cosmetic markup, what docsdk normalised) and never fail a build.
 */
public enum Severity {
  NOTE,
  WARNING,
  ERROR;

  /** The word used in {@code path:line:column: warning: ...} output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
