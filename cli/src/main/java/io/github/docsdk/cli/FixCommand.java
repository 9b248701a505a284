package io.github.docsdk.cli;

import io.github.docsdk.lint.Fixes;
import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code lint --fix}: the mechanical corrections of the findings as a unified diff on stdout
 * ({@code git apply}-able from the docs folder), or applied in place with {@code --fix=write}.
 * Only pages inside the docs folder are touched. Exit 0, or 2 on I/O errors.
 */
final class FixCommand {

  private FixCommand() {}

  static int run(Path root, List<Diagnostic> diagnostics, boolean write, PrintStream out, PrintStream err) {
    Path base = root.toAbsolutePath().normalize();
    Map<String, String> pages = new TreeMap<>();
    try {
      for (Diagnostic d : diagnostics) {
        String file = d.location().file();
        Path page = base.resolve(file).normalize();
        if (!pages.containsKey(file) && file.endsWith(".md") && page.startsWith(base) && Files.isRegularFile(page)) {
          pages.put(file, Files.readString(page, StandardCharsets.UTF_8));
        }
      }
      Map<String, String> fixed = Fixes.apply(pages, diagnostics);
      if (write) {
        for (Map.Entry<String, String> e : fixed.entrySet()) {
          Files.writeString(base.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
      } else {
        out.print(Fixes.diff(pages, fixed));
      }
      err.println("lint --fix: " + fixed.size() + (fixed.size() == 1 ? " page" : " pages")
          + (write ? " corrected" : " to correct"));
      return 0;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("lint --fix: " + e.getMessage());
      return 2;
    }
  }
}
