package io.github.docsdk.cli;

import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.Generator;
import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate --docs D --service S --api-version V --package P --out O [--resources R]
 * [--overrides F] [--strict] [--lock F] [--frozen-lock] [--link-root DIR]}: writes the SDK sources (and, with
 * {@code --resources}, the model JSON) and keeps the name lock ({@code --lock}, by default
 * {@code <docs>/docsdk-lock.json}) up to date; {@code --frozen-lock} fails instead of changing it. Exit 0 when generated, 1 on errors in the docs (or warnings under {@code --strict}), 2 on
 * usage or I/O errors.
 */
public final class GenerateCommand {

  static final String USAGE =
      "usage: generate --docs D --service S --api-version V --package P --out O"
          + " [--resources R] [--overrides F] [--strict] [--lock F] [--frozen-lock] [--link-root DIR]";

  private static final Set<String> VALUED =
      Set.of("--docs", "--service", "--api-version", "--package", "--out", "--resources",
          "--overrides", "--lock", "--link-root");
  private static final List<String> REQUIRED =
      List.of("--docs", "--service", "--api-version", "--package", "--out");

  private GenerateCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options = new LinkedHashMap<>();
    boolean strict = false;
    boolean frozenLock = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--strict")) {
        strict = true;
      } else if (arg.equals("--frozen-lock")) {
        frozenLock = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else if (VALUED.contains(arg)) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          return usage(err, arg + " needs a value");
        }
        options.put(arg, args[++i]);
      } else {
        return usage(err, "unknown argument '" + arg + "'");
      }
    }
    for (String required : REQUIRED) {
      if (!options.containsKey(required)) {
        return usage(err, "missing " + required);
      }
    }
    Path docs = Path.of(options.get("--docs"));
    GenerateRequest request =
        GenerateRequest.builder()
            .docsRoot(docs)
            .service(options.get("--service"))
            .apiVersion(options.get("--api-version"))
            .basePackage(options.get("--package"))
            .sourceOutput(Path.of(options.get("--out")))
            .resourceOutput(pathOrNull(options.get("--resources")))
            .overrides(pathOrNull(options.get("--overrides")))
            .strict(strict)
            .lockFile(pathOrNull(options.get("--lock")))
            .frozenLock(frozenLock)
            .linkRoot(pathOrNull(options.get("--link-root")))
            .build();
    List<String> problems = request.problems();
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("error: " + p));
      return 2;
    }
    GenerateResult result;
    try {
      result = Generator.generate(request);
    } catch (IOException | UncheckedIOException e) {
      err.println("error: I/O: " + e.getMessage());
      return 2;
    }
    for (Diagnostic d : result.diagnostics()) {
      err.println(GenerateResult.formatAgainst(d, docs));
    }
    if (result.failed()) {
      err.println(result.failureMessage());
      return 1;
    }
    out.println(result.summary());
    out.println(
        "files: " + result.filesWritten() + " written, " + result.filesRemoved() + " removed, "
            + result.filesUnchanged() + " unchanged");
    return 0;
  }

  private static Path pathOrNull(String value) {
    return value == null ? null : Path.of(value);
  }

  private static int usage(PrintStream err, String problem) {
    err.println("error: " + problem);
    err.println(USAGE);
    return 2;
  }
}
