package io.github.docsdk.parse;

import io.github.docsdk.lock.LockSession;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Service;
import java.util.List;

/**
 * What reading a docs folder gave: the model (always present, possibly partial) and every
 * diagnostic, sorted by {@link Diagnostic#ORDER}; and the name lock the model's names were chosen
 * with, holding what this parse chose (code generation goes on choosing through it).
 */
public record ParseResult(Service service, List<Diagnostic> diagnostics, LockSession lock) {

  public ParseResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    lock = lock == null ? LockSession.fresh() : lock;
  }

  public ParseResult(Service service, List<Diagnostic> diagnostics) {
    this(service, diagnostics, null);
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
