package io.github.docsdk.parse;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Service;
import java.util.List;

/**
 * What reading a docs folder gave: the model (always present, possibly partial) and every
 * diagnostic, sorted by {@link Diagnostic#ORDER}.
 */
public record ParseResult(Service service, List<Diagnostic> diagnostics) {

  public ParseResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Warnings only: notes are informational and never count against the docs. */
  public long warningCount() {
    return diagnostics.stream().filter(Diagnostic::isWarning).count();
  }

  public long noteCount() {
    return diagnostics.stream().filter(d -> !d.isError() && !d.isWarning()).count();
  }
}
