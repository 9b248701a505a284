package io.github.docsdk.diagnostics;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects diagnostics; drops exact duplicates (the same finding reached twice). Every finding
 * names a code of the catalogue, which gives its severity.
 */
public final class Diags {

  private final Set<Diagnostic> seen = new LinkedHashSet<>();

  public void report(SourceLocation at, DiagnosticCode code, String message, String action) {
    seen.add(code.at(at, message, action));
  }

  public void addAll(Diags other) {
    seen.addAll(other.seen);
  }

  public List<Diagnostic> list() {
    return new ArrayList<>(seen);
  }

  public int size() {
    return seen.size();
  }
}
