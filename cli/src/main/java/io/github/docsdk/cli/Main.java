package io.github.docsdk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code docsdk} command line: {@code lint}, {@code model}, {@code generate}, {@code mock},
 * {@code diff}, {@code probe}. Exit codes: 0 fine, 1 errors in the docs (or warnings under {@code --strict}),
 * 2 usage or I/O errors.
 */
public final class Main {

  static final String USAGE =
      String.join(
          "\n",
          "usage: docsdk <command> [options]",
          "  lint <docsDir> [--strict] [--service S] [--api-version V] [--overrides F]"
              + " [--format text|json|sarif] [--fix[=write]] [--link-root DIR]",
          "      report oddities of the docs as path:line:column: note|warning|error: [CODE] message;"
              + " --fix prints mechanical corrections as a unified diff (=write applies them)",
          "  model <docsDir> [--service S] [--api-version V] [--overrides F] [--strict] [--link-root DIR]",
          "      print the spec model as JSON",
          "  generate --docs D --service S --api-version V --package P --out O [--resources R]"
              + " [--overrides F] [--strict] [--lock F] [--frozen-lock] [--link-root DIR]",
          "  mock --docs D --service S --port P --access-key-id K --access-key-password W [--link-root DIR]",
          "  diff OLD NEW [--json] [--fail-on-breaking] [--link-root DIR]",
          "  --link-root DIR: links and symlinks in the docs are followed only inside DIR (default: the"
              + " top of the git work tree holding the docs, else the docs folder)",
          "  " + ProbeCommand.USAGE,
          "      call the read-only actions against an endpoint and report where its replies differ from the docs");

  private Main() {}

  /** The jar's version, or null when run from classes (tests). */
  static String version() {
    return Main.class.getPackage().getImplementationVersion();
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs a command; never calls {@code System.exit}, so tests can call it. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "lint":
        return LintCommand.run(rest, out, err, false);
      case "model":
        return LintCommand.run(rest, out, err, true);
      case "mock":
        return MockCommand.run(rest, out, err);
      case "diff":
        return DiffCommand.run(rest, out, err);
      case "generate":
        return GenerateCommand.run(rest, out, err);
      case "probe":
        return ProbeCommand.run(rest, out, err);
      default:
        err.println("unknown command: " + args[0]);
        err.println(USAGE);
        return 2;
    }
  }
}
