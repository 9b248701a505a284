package io.github.docsdk.generate;

import io.github.docsdk.spec.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a run did: every diagnostic, what the docs held, and what changed on disk.
 *
 * @param outcome whether output was written, and if not, why
 * @param docsRoot the docs folder, used to turn diagnostic paths into absolute ones
 * @param service service name
 * @param apiVersion API version
 * @param diagnostics sorted by {@link Diagnostic#ORDER}
 * @param actions number of operations found
 * @param structures number of structure shapes
 * @param enums number of enum shapes
 * @param elapsedMillis wall time of the run
 * @param filesWritten files created or whose bytes changed
 * @param filesRemoved files of an earlier run that are no longer generated
 * @param filesUnchanged files left alone because their bytes were already right
 * @param externalInputs files outside the docs folder that the model was read from (e.g. a shared
 *     common-error-codes page), absolute and sorted
 */
public record GenerateResult(
    Outcome outcome,
    Path docsRoot,
    String service,
    String apiVersion,
    List<Diagnostic> diagnostics,
    int actions,
    int structures,
    int enums,
    long elapsedMillis,
    int filesWritten,
    int filesRemoved,
    int filesUnchanged,
    List<Path> externalInputs) {

  /** How a run ended. */
  public enum Outcome {
    /** Output is up to date with the docs (it may have needed no change). */
    GENERATED,
    /** Only validated (lint): nothing was to be written, and nothing fails. */
    VALIDATED,
    /** The docs have errors; nothing was written. */
    FAILED_ERRORS,
    /** Strict mode and the docs have warnings; nothing was written. */
    FAILED_STRICT
  }

  public GenerateResult {
    Objects.requireNonNull(outcome, "outcome");
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    externalInputs = externalInputs.stream().sorted().distinct().toList();
  }

  public boolean failed() {
    return outcome == Outcome.FAILED_ERRORS || outcome == Outcome.FAILED_STRICT;
  }

  /** Warnings only (what strict mode fails on); notes are not counted. */
  public long warnings() {
    return diagnostics.stream().filter(Diagnostic::isWarning).count();
  }

  public long notes() {
    return diagnostics.stream().filter(d -> !d.isError() && !d.isWarning()).count();
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /** {@code docsdk: bmc 2022-11-20: 69 actions, 43 structures, 21 enums, 12 warnings, 30 notes, 180 ms}. */
  public String summary() {
    StringBuilder s =
        new StringBuilder("docsdk: ")
            .append(service)
            .append(' ')
            .append(apiVersion)
            .append(": ")
            .append(actions)
            .append(" actions, ")
            .append(structures)
            .append(" structures, ")
            .append(enums)
            .append(" enums, ")
            .append(warnings())
            .append(warnings() == 1 ? " warning, " : " warnings, ")
            .append(notes())
            .append(notes() == 1 ? " note, " : " notes, ");
    if (errors() > 0) {
      s.append(errors()).append(errors() == 1 ? " error, " : " errors, ");
    }
    return s.append(elapsedMillis).append(" ms").toString();
  }

  /**
   * The diagnostics that made the run fail, in order: its errors, or under strict its warnings
   * when there are no errors; empty when it did not fail.
   */
  public List<Diagnostic> causes() {
    return switch (outcome) {
      case FAILED_ERRORS -> diagnostics.stream().filter(Diagnostic::isError).toList();
      case FAILED_STRICT -> diagnostics.stream().filter(Diagnostic::isWarning).toList();
      default -> List.of();
    };
  }

  /** Why nothing was written, as one sentence; empty when the run did not fail. */
  public String failureMessage() {
    return switch (outcome) {
      case FAILED_ERRORS -> "docsdk: " + service + ": " + errors()
          + (errors() == 1 ? " error" : " errors") + " in the docs at " + docsRoot
          + "; nothing was generated";
      case FAILED_STRICT -> "docsdk: " + service + ": " + warnings()
          + (warnings() == 1 ? " warning" : " warnings")
          + " in the docs and strict mode is on; nothing was generated";
      default -> "";
    };
  }

  /**
   * The diagnostic with its file resolved against the docs folder as an absolute path, so that
   * IDEs and terminals can open it: {@code /abs/path.md:12:3: warning: [CODE] text}.
   */
  public String formatAbsolute(Diagnostic d) {
    return DiagnosticPaths.format(d, docsRoot.toAbsolutePath().normalize());
  }

  /** Same, with the file resolved against {@code base} as given (relative stays relative). */
  public static String formatAgainst(Diagnostic d, Path base) {
    return DiagnosticPaths.format(d, base);
  }
}
