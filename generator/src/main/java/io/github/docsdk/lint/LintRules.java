package io.github.docsdk.lint;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-code levels ({@code off|note|warning|error}) chosen by the doc writers: a
 * {@code docsdk-lint.json} beside the docs ({@code {"rules": {"BOLD_IN_ERROR_ROW": "off"}}}) and
 * the build's own rules (the plugin's {@code <rules>}), the build winning. Mistakes in either are
 * errors, located in the file when they come from it.
 */
public final class LintRules {

  /** The file name looked for in the docs folder. */
  public static final String FILE = "docsdk-lint.json";

  private static final LintRules NONE = new LintRules(Map.of(), List.of());

  private final Map<String, Level> levels;
  private final List<Diagnostic> problems;

  private LintRules(Map<String, Level> levels, List<Diagnostic> problems) {
    this.levels = Collections.unmodifiableMap(new TreeMap<>(levels));
    this.problems = List.copyOf(problems);
  }

  /** No changes: every code at its catalogued severity. */
  public static LintRules none() {
    return NONE;
  }

  /**
   * The rules for a docs folder: its {@code docsdk-lint.json} when there is one, then
   * {@code configured} (code -> level) on top; {@code configured} may be null.
   */
  public static LintRules forDocs(Path docsRoot, Map<String, String> configured) {
    Map<String, Level> levels = new TreeMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    Path file = docsRoot.resolve(FILE);
    if (Files.isRegularFile(file)) {
      readFile(io.github.docsdk.read.ConfigFiles.read(file), levels, problems);
    }
    if (configured != null) {
      SourceLocation build = SourceLocation.of("<rules>", 0, 0);
      configured.forEach((code, level) -> put(code, level, build, levels, problems));
    }
    return new LintRules(levels, problems);
  }

  private static void readFile(String text, Map<String, Level> levels, List<Diagnostic> problems) {
    JsonLite.Result parsed = JsonLite.parse(text);
    if (!parsed.ok()) {
      problems.add(DiagnosticCode.LINT_CONFIG_INVALID.at(SourceLocation.of(FILE, parsed.errorLine(),
          parsed.errorColumn()), FILE + " is not valid JSON (" + parsed.error() + ")", "no rules applied"));
      return;
    }
    JsonLite.Value root = parsed.value();
    JsonLite.Field rules = root.kind == JsonLite.Kind.OBJECT ? root.fields.get("rules") : null;
    if (rules == null || rules.value().kind != JsonLite.Kind.OBJECT) {
      problems.add(DiagnosticCode.LINT_CONFIG_INVALID.at(SourceLocation.of(FILE, root.line, root.column),
          FILE + " must hold {\"rules\": {\"CODE\": \"off|note|warning|error\"}}", "no rules applied"));
      return;
    }
    for (JsonLite.Field f : rules.value().fields.values()) {
      SourceLocation at = SourceLocation.of(FILE, f.line(), f.column());
      String level = f.value().kind == JsonLite.Kind.STRING ? f.value().text : null;
      put(f.name(), level, at, levels, problems);
    }
  }

  private static void put(String code, String level, SourceLocation at, Map<String, Level> levels,
      List<Diagnostic> problems) {
    if (DiagnosticCode.of(code).isEmpty()) {
      problems.add(DiagnosticCode.LINT_CONFIG_INVALID.at(at, "unknown code \"" + code
          + "\" (docs/diagnostics.md lists them)", "entry ignored"));
      return;
    }
    Level parsed = Level.parse(level).orElse(null);
    if (parsed == null) {
      problems.add(DiagnosticCode.LINT_CONFIG_INVALID.at(at, "level of " + code + " must be off, note,"
          + " warning or error, not \"" + level + "\"", "entry ignored"));
      return;
    }
    levels.put(code, parsed);
  }

  /** The level set for a code, if any. */
  public java.util.Optional<Level> levelOf(String code) {
    return java.util.Optional.ofNullable(levels.get(code));
  }

  /**
   * The diagnostics with every configured code at its level ({@code off} ones dropped), plus the
   * configuration's own problems, which no rule can silence.
   */
  public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>(diagnostics.size() + problems.size());
    for (Diagnostic d : diagnostics) {
      Level level = levels.get(d.code());
      if (level == null) {
        out.add(d);
      } else {
        level.severity().ifPresent(s -> out.add(DiagnosticCode.relevel(d, s)));
      }
    }
    out.addAll(problems);
    out.sort(Diagnostic.ORDER);
    return out;
  }
}
