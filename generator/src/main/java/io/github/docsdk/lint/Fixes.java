package io.github.docsdk.lint;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.spec.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lint --fix}: the mechanical corrections, each made at the line a diagnostic points at and
 * nowhere else: the old {@code X-TC-Action} header, fullwidth commas and colons between the
 * tokens of an example's JSON (never inside its strings), bold markup in error rows, and an anchor
 * for a type link to the page that defines the type.
 */
public final class Fixes {

  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*|]*)\\*\\*|__([^_|]*)__");
  private static final Pattern NO_ANCHOR = Pattern.compile("link (\\S+) of type (\\S+) has no #anchor");

  private Fixes() {}

  /** The codes whose findings this class can correct. */
  public static final List<String> FIXABLE = List.of(DiagnosticCode.EXAMPLE_OLD_ACTION_HEADER.name(),
      DiagnosticCode.EXAMPLE_INVALID_JSON.name(), DiagnosticCode.BOLD_IN_ERROR_ROW.name(),
      DiagnosticCode.LINK_WITHOUT_ANCHOR.name());

  /**
   * The fixed texts of the pages that change: {@code pages} maps a docs-relative path to its
   * current text; the result holds only pages whose text a fix changed.
   */
  public static Map<String, String> apply(Map<String, String> pages, List<Diagnostic> diagnostics) {
    Map<String, List<String>> edited = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      String text = pages.get(d.location().file());
      if (text == null || d.location().line() < 1 || !FIXABLE.contains(d.code())) {
        continue;
      }
      List<String> lines = edited.computeIfAbsent(d.location().file(), f -> UnifiedDiff.lines(text));
      int index = d.location().line() - 1;
      if (index >= lines.size()) {
        continue;
      }
      switch (d.code()) {
        case "EXAMPLE_OLD_ACTION_HEADER" -> lines.set(index,
            lines.get(index).replace("X-TC-Action", "X-ZC-Action").replace("x-tc-action", "x-zc-action"));
        case "BOLD_IN_ERROR_ROW" -> lines.set(index, unbold(lines.get(index)));
        case "LINK_WITHOUT_ANCHOR" -> lines.set(index, anchored(lines.get(index), d.message()));
        default -> asciiPunctuation(lines, index);
      }
    }
    Map<String, String> out = new TreeMap<>();
    edited.forEach((file, lines) -> {
      String before = pages.get(file);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        s.append(lines.get(i));
        if (i < lines.size() - 1 || before.endsWith("\n")) {
          s.append('\n');
        }
      }
      if (!s.toString().equals(before)) {
        out.put(file, s.toString());
      }
    });
    return out;
  }

  /** The unified diff of every change, in path order. */
  public static String diff(Map<String, String> pages, Map<String, String> fixed) {
    StringBuilder s = new StringBuilder();
    fixed.forEach((file, after) -> s.append(UnifiedDiff.of(file, pages.get(file), after)));
    return s.toString();
  }

  private static String unbold(String line) {
    if (!line.stripLeading().startsWith("|")) {
      return line; // only Markdown table rows; HTML rows are left alone
    }
    Matcher m = BOLD.matcher(line);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) != null ? r.group(1) : r.group(2)));
  }

  private static String anchored(String line, String message) {
    Matcher m = NO_ANCHOR.matcher(message);
    if (!m.find()) {
      return line;
    }
    String target = m.group(1);
    String anchor = m.group(2).toLowerCase(Locale.ROOT);
    if (!anchor.matches("[a-z0-9_-]+")) {
      return line; // a heading anchor we cannot spell with certainty
    }
    String withAnchor = target + "#" + anchor;
    String fixed = line.replace("](" + target + ")", "](" + withAnchor + ")")
        .replace("href=\"" + target + "\"", "href=\"" + withAnchor + "\"");
    return fixed;
  }

  /**
   * Fullwidth {@code ，} and {@code ：} between JSON tokens become ASCII, in the code block that
   * holds the line the diagnostic points at; text outside the JSON values and inside strings stays.
   */
  private static void asciiPunctuation(List<String> lines, int index) {
    int start = index;
    while (start >= 0 && !isFence(lines.get(start))) {
      start--;
    }
    int end = index + (start == index ? 1 : 0);
    while (end < lines.size() && !isFence(lines.get(end))) {
      end++;
    }
    if (start < 0 || end >= lines.size() || end - start > 2000) {
      return; // not inside a code block we can see whole
    }
    int depth = 0;
    boolean inString = false;
    for (int i = start + 1; i < end; i++) {
      String line = lines.get(i);
      StringBuilder out = new StringBuilder(line.length());
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        if (inString) {
          if (c == '\\' && k + 1 < line.length()) {
            out.append(c).append(line.charAt(++k));
            continue;
          }
          inString = c != '"';
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (depth > 0) {
          if (c == '"') {
            inString = true;
          } else if (c == '}' || c == ']') {
            depth--;
          } else if (c == '，') {
            c = ',';
          } else if (c == '：') {
            c = ':';
          }
        }
        out.append(c);
      }
      inString = false; // JSON strings do not span lines; a stray quote must not flip the rest
      lines.set(i, out.toString());
    }
  }

  private static boolean isFence(String line) {
    String s = line.strip();
    return s.startsWith("```") || s.startsWith("~~~") || s.contains("<pre") || s.contains("</pre>")
        || s.contains("<code") || s.contains("</code>");
  }
}
