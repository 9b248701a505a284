package io.github.docsdk.diagnostics;

import io.github.docsdk.spec.Severity;

/**
 * Renders {@code docs/diagnostics.md} from the catalogue, so the page can never list a code the
 * generator does not have, or miss one it does.
 */
public final class DiagnosticsDoc {

  private DiagnosticsDoc() {}

  /** The whole page, Markdown. */
  public static String render() {
    StringBuilder s = new StringBuilder();
    s.append("# Diagnostics\n\n")
        .append("<!-- Generated from io.github.docsdk.diagnostics.DiagnosticCode; do not edit by hand.\n")
        .append("     DiagnosticsDocTest checks it; rerun it with -Ddocsdk.updateDocs=true to rewrite. -->\n\n")
        .append("Every finding of `lint` (and of `model`, `generate` and the Maven plugin) is printed as\n")
        .append("`path:line:column: note|warning|error: [CODE] message (what docsdk did)`.\n\n")
        .append("- `error`: no sensible SDK can be generated; the run fails and writes nothing.\n")
        .append("- `warning`: changes or endangers the generated SDK, or misleads a reader; fails the run under\n")
        .append("  `--strict` (plugin `docsdk.strict`).\n")
        .append("- `note`: informational (cosmetic markup, what docsdk normalised, applied overrides); never\n")
        .append("  fails a run, not even under `--strict`.\n\n")
        .append("| Code | Severity | Meaning | What docsdk does | Example |\n")
        .append("|---|---|---|---|---|\n");
    for (DiagnosticCode c : DiagnosticCode.values()) {
      s.append("| `").append(c.name()).append("` | ")
          .append(c.severity().label()).append(" | ")
          .append(cell(c.meaning())).append(" | ")
          .append(cell(c.handling())).append(" | ")
          .append(cell(c.example())).append(" |\n");
    }
    s.append("\nBy default: ").append(count(Severity.ERROR, "error")).append(", ")
        .append(count(Severity.WARNING, "warning")).append(", ")
        .append(count(Severity.NOTE, "note")).append(".\n");
    return s.toString();
  }

  private static String count(Severity severity, String word) {
    long n = java.util.Arrays.stream(DiagnosticCode.values()).filter(c -> c.severity() == severity).count();
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** A table cell: pipes would end the cell, so they are escaped (also inside code spans). */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
