package io.github.docsdk.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * One oddity found in the docs, where it is, and what the generator did about it.
 *
 * @param location where in the docs
 * @param severity note, warning or error
 * @param code a stable, upper-case identifier of the kind of oddity (e.g. {@code UNKNOWN_TYPE})
 * @param message what is wrong, in the doc writer's terms
 * @param action what the generator did about it (e.g. "treated as String"); may be empty
 */
public record Diagnostic(
    SourceLocation location, Severity severity, String code, String message, String action) {

  /** Orders diagnostics by place, then code, then text, so output never depends on file order. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message)
          .thenComparing(Diagnostic::severity);

  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    action = action == null ? "" : action;
  }

  public static Diagnostic warning(SourceLocation at, String code, String message, String action) {
    return new Diagnostic(at, Severity.WARNING, code, message, action);
  }

  public static Diagnostic error(SourceLocation at, String code, String message, String action) {
    return new Diagnostic(at, Severity.ERROR, code, message, action);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** A warning (what fails strict builds); notes and errors are not. */
  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /** {@code path:line:column: note|warning|error: [CODE] message (action)}. */
  public String format() {
    String text = location + ": " + severity.label() + ": [" + code + "] " + message;
    return action.isEmpty() ? text : text + " (" + action + ")";
  }

  @Override
  public String toString() {
    return format();
  }
}
