package io.github.docsdk.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * One oddity found in the docs, where it is, and what the generator did about it. Immutable.
 *
 * <p>{@code location}: where in the docs; {@code severity}: note, warning or error; {@code code}: a
 * stable, upper-case identifier of the kind of oddity (e.g. {@code UNKNOWN_TYPE}); {@code
 * message}: what is wrong, in the doc writer's terms; {@code action}: what the generator did about
 * it (e.g. "treated as String"), may be empty.
 */
public final class Diagnostic {

  /** Orders diagnostics by place, then code, then text, so output never depends on file order. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message)
          .thenComparing(Diagnostic::severity);

  private final SourceLocation location;
  private final Severity severity;
  private final String code;
  private final String message;
  private final String action;

  public Diagnostic(
      SourceLocation location, Severity severity, String code, String message, String action) {
    this.location = Objects.requireNonNull(location, "location");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.action = action == null ? "" : action;
  }

  public static Diagnostic warning(SourceLocation at, String code, String message, String action) {
    return new Diagnostic(at, Severity.WARNING, code, message, action);
  }

  public static Diagnostic error(SourceLocation at, String code, String message, String action) {
    return new Diagnostic(at, Severity.ERROR, code, message, action);
  }

  public SourceLocation location() {
    return location;
  }

  public Severity severity() {
    return severity;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public String action() {
    return action;
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
  public boolean equals(Object o) {
    if (!(o instanceof Diagnostic)) {
      return false;
    }
    Diagnostic d = (Diagnostic) o;
    return location.equals(d.location) && severity == d.severity && code.equals(d.code)
        && message.equals(d.message) && action.equals(d.action);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, severity, code, message, action);
  }

  @Override
  public String toString() {
    return format();
  }
}
