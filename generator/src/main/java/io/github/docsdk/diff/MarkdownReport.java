package io.github.docsdk.diff;

import io.github.docsdk.spec.SourceLocation;
import java.util.List;

/**
 * Renders a {@link DiffReport} as Markdown for a release note or a pull-request comment: a title, a
 * summary line with counts and the suggested version, then one section per impact, worst first,
 * each change on one line with its place in the new docs (or, for removals, in the old docs).
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * @param previousVersion the version of the SDK built from the old docs, for the suggested next
   *     version; may be null
   */
  public static String render(DiffReport report, String previousVersion) {
    StringBuilder md = new StringBuilder();
    md.append("## API changes: ").append(escape(report.oldService()));
    if (!report.oldService().equals(report.newService())) {
      md.append(" → ").append(escape(report.newService()));
    }
    md.append("\n\n");
    md.append(summary(report)).append('\n');
    VersionSuggestion next = report.suggestVersion(previousVersion);
    if (next.nextVersion() != null) {
      md.append("Suggested next version: **").append(next.nextVersion()).append("** (")
          .append(next.bump().id()).append(": ").append(next.reason()).append(")");
    } else {
      md.append("Suggested version step: **").append(next.bump().id()).append("** (")
          .append(next.reason()).append(")");
    }
    md.append("\n");
    if (!report.keptByLock().isEmpty()) {
      md.append("\n### Names kept by the lock (").append(report.keptByLock().size()).append(")\n\n")
          .append("The docs alone would have renamed these; the name lock kept them, so they are not changes.\n\n");
      report.keptByLock().forEach(k -> md.append("- ").append(escape(k)).append('\n'));
    }
    if (report.changes().isEmpty()) {
      md.append("\nNo API changes.\n");
      return md.toString();
    }
    for (Impact impact : Impact.values()) {
      List<Change> changes = report.changes(impact);
      if (changes.isEmpty()) {
        continue;
      }
      md.append("\n### ").append(impact.heading()).append(" (").append(changes.size()).append(")");
      if (!impact.counted()) {
        md.append(" — not counted");
      }
      md.append("\n\n");
      changes.forEach(c -> md.append(line(c)).append('\n'));
    }
    return md.toString();
  }

  /** e.g. {@code **2 breaking**, 1 risky, 3 compatible changes.} */
  static String summary(DiffReport report) {
    int breaking = report.count(Impact.BREAKING);
    int risky = report.count(Impact.RISKY);
    int compatible = report.count(Impact.COMPATIBLE);
    int total = breaking + risky + compatible;
    String breakingText = breaking + " breaking";
    StringBuilder s = new StringBuilder();
    s.append(breaking > 0 ? "**" + breakingText + "**" : breakingText)
        .append(", ")
        .append(risky)
        .append(" risky, ")
        .append(compatible)
        .append(" compatible ")
        .append(total == 1 ? "change" : "changes");
    int docs = report.count(Impact.DOCS);
    if (docs > 0) {
      s.append(" (and ").append(docs).append(" documentation-only)");
    }
    return s.append('.').toString();
  }

  private static String line(Change c) {
    StringBuilder s = new StringBuilder("- ");
    s.append(c.kind().label()).append(" `").append(code(c.target())).append('`');
    if (c.before().equals(c.target()) && !c.after().isEmpty()) {
      s.append(" → `").append(code(c.after())).append('`'); // a rename: the target is the old name
    } else if (!c.before().isEmpty() && !c.after().isEmpty()) {
      s.append(": `").append(code(c.before())).append("` → `").append(code(c.after())).append('`');
    } else if (!c.after().isEmpty()) {
      s.append(" (`").append(code(c.after())).append("`)");
    } else if (!c.before().isEmpty()) {
      s.append(" (was `").append(code(c.before())).append("`)");
    }
    if (c.location() != null) {
      s.append(" — ").append(place(c.location()));
    } else if (c.oldLocation() != null) {
      s.append(" — was at ").append(place(c.oldLocation()));
    }
    return s.toString();
  }

  /** {@code file:line}, the form terminals and review tools link. */
  private static String place(SourceLocation at) {
    return at.line() > 0 ? escape(at.file()) + ":" + at.line() : escape(at.file());
  }

  /** Text inside a code span cannot hold a backtick; nothing else needs escaping there. */
  private static String code(String text) {
    return text.replace('`', '\'').replace('\n', ' ');
  }

  /** Escapes characters Markdown would otherwise format, in plain text. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch == '\n' ? ' ' : ch);
    }
    return out.toString();
  }
}
