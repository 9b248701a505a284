package io.github.docsdk.cli;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.lint.Fixes;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.SourceLocation;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code lint --fix}: the mechanical corrections of the findings as a unified diff on stdout
 * ({@code git apply}-able from the docs folder), or applied in place with {@code --fix=write}.
 * Pages are corrected as the files they are (by real path, so a linked page and its target get
 * one set of corrections, written to the target) and only inside the docs folder: a page that is a
 * symbolic link, or lies in a linked folder, leading out of it makes the run refuse with {@code
 * FIX_OUTSIDE_DOCS} and correct nothing. Exit 0, 1 when refused, or 2 on I/O errors.
 */
final class FixCommand {

  private FixCommand() {}

  static int run(Path root, List<Diagnostic> diagnostics, boolean write, PrintStream out, PrintStream err) {
    Path base = root.toAbsolutePath().normalize();
    try {
      Path realBase = base.toRealPath();
      Map<String, String> fileOf = new HashMap<>(); // page as the findings name it -> the file it is
      Map<String, Path> outside = new TreeMap<>();
      Map<String, String> pages = new TreeMap<>();
      for (Diagnostic d : diagnostics) {
        String page = d.location().file();
        Path path = base.resolve(page).normalize();
        if (fileOf.containsKey(page) || !page.endsWith(".md") || !path.startsWith(base) || !Files.isRegularFile(path)) {
          continue;
        }
        Path real = path.toRealPath();
        String file = page;
        if (real.startsWith(realBase)) {
          file = realBase.relativize(real).toString().replace(File.separatorChar, '/');
        } else {
          outside.put(page, real);
        }
        fileOf.put(page, file);
        if (!pages.containsKey(file)) {
          pages.put(file, Files.readString(real, StandardCharsets.UTF_8));
        }
      }
      List<Diagnostic> byFile = diagnostics.stream().filter(d -> fileOf.containsKey(d.location().file()))
          .map(d -> relocate(d, fileOf.get(d.location().file()))).distinct().toList();
      Map<String, String> fixed = Fixes.apply(pages, byFile);
      List<Diagnostic> refused = new ArrayList<>();
      outside.forEach((page, real) -> {
        if (fixed.containsKey(page)) {
          refused.add(DiagnosticCode.FIX_OUTSIDE_DOCS.at(firstFix(page, byFile).location(),
              page + " is " + real + ", outside the docs folder " + realBase,
              "nothing corrected; correct " + real + " from its own folder"));
        }
      });
      if (!refused.isEmpty()) {
        refused.forEach(d -> err.println(d.format()));
        err.println("lint --fix: refused, nothing " + (write ? "written" : "printed"));
        return 1;
      }
      if (write) {
        for (Map.Entry<String, String> e : fixed.entrySet()) {
          Files.writeString(realBase.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
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

  private static Diagnostic relocate(Diagnostic d, String file) {
    SourceLocation at = d.location();
    return file.equals(at.file()) ? d : DiagnosticCode.relocate(d, SourceLocation.of(file, at.line(), at.column()));
  }

  /** The first finding a fix corrects on a page: where the refusal points. */
  private static Diagnostic firstFix(String file, List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.location().file().equals(file) && Fixes.FIXABLE.contains(d.code()))
        .min(Diagnostic.ORDER)
        .orElseThrow();
  }
}
