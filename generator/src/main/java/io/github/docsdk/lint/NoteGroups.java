package io.github.docsdk.lint;

import io.github.docsdk.spec.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text output for people: repeated notes of one code on one page are shown once, at the first
 * one, with a count; warnings and errors keep one located line each.
 */
public final class NoteGroups {

  /** A line to show: the first diagnostic of its group and how many the group holds. */
  public record Line(Diagnostic first, int count) {

    /** Appended to the formatted diagnostic: empty, or {@code " (and 4 more on this page)"}. */
    public String suffix() {
      return count > 1 ? " (and " + (count - 1) + " more on this page)" : "";
    }
  }

  private NoteGroups() {}

  /** The lines, in the order of the diagnostics given. */
  public static List<Line> collapse(List<Diagnostic> diagnostics) {
    Map<Object, int[]> counts = new LinkedHashMap<>();
    Map<Object, Diagnostic> firsts = new LinkedHashMap<>();
    int single = 0;
    for (Diagnostic d : diagnostics) {
      Object key = d.isError() || d.isWarning()
          ? Integer.valueOf(single++)
          : List.of(d.location().file(), d.code());
      firsts.putIfAbsent(key, d);
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
    }
    List<Line> out = new ArrayList<>(firsts.size());
    firsts.forEach((key, first) -> out.add(new Line(first, counts.get(key)[0])));
    return out;
  }
}
