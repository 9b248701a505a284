package io.github.docsdk.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one file whose fixed version has the same number of lines (every fix edits
 * within a line), with three lines of context, as {@code git apply} and {@code patch -p1} read it.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** Lines of a text, each keeping its {@code \r} if any; the text after the last newline last. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** The diff of {@code path} (relative, with {@code /}); empty when nothing changed. */
  static String of(String path, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("fixes must keep the number of lines of " + path);
    }
    boolean noEol = !before.isEmpty() && !before.endsWith("\n");
    StringBuilder s = new StringBuilder();
    int i = 0;
    while (i < a.size()) {
      if (a.get(i).equals(b.get(i))) {
        i++;
        continue;
      }
      int from = Math.max(0, i - CONTEXT);
      int to = i;
      int last = i;
      while (to < a.size()) {
        if (!a.get(to).equals(b.get(to))) {
          last = to;
        } else if (to - last > 2 * CONTEXT) {
          break;
        }
        to++;
      }
      int end = Math.min(a.size(), last + CONTEXT + 1);
      int count = end - from;
      if (s.length() == 0) {
        s.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
      }
      s.append("@@ -").append(from + 1).append(',').append(count)
          .append(" +").append(from + 1).append(',').append(count).append(" @@\n");
      for (int k = from; k < end; k++) {
        boolean lastLine = k == a.size() - 1 && noEol;
        if (a.get(k).equals(b.get(k))) {
          line(s, ' ', a.get(k), lastLine);
        } else {
          line(s, '-', a.get(k), lastLine);
          line(s, '+', b.get(k), lastLine);
        }
      }
      i = end;
    }
    return s.toString();
  }

  private static void line(StringBuilder s, char mark, String text, boolean noEol) {
    s.append(mark).append(text).append('\n');
    if (noEol) {
      s.append("\\ No newline at end of file\n");
    }
  }
}
