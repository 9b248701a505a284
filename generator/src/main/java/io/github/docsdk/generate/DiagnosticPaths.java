package io.github.docsdk.generate;

import io.github.docsdk.spec.Diagnostic;
import java.nio.file.Path;

/** Turns the docs-relative file of a diagnostic into a path a user can click. */
final class DiagnosticPaths {

  private DiagnosticPaths() {}

  static String format(Diagnostic d, Path base) {
    String file = d.location().file();
    String resolved = file.isEmpty() ? base.toString() : base.resolve(file).normalize().toString();
    String text =
        resolved
            + ":"
            + d.location().line()
            + ":"
            + d.location().column()
            + ": "
            + d.severity().label()
            + ": ["
            + d.code()
            + "] "
            + d.message();
    return d.action().isEmpty() ? text : text + " (" + d.action() + ")";
  }
}
