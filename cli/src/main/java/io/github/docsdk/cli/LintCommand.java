package io.github.docsdk.cli;

import io.github.docsdk.lint.LintJson;
import io.github.docsdk.lint.LintRules;
import io.github.docsdk.lint.NoteGroups;
import io.github.docsdk.lint.Sarif;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lint <docsDir>}: diagnostics on stderr. {@code model <docsDir>}: the model JSON on stdout
 * (diagnostics still on stderr). Exit 0 without errors, 1 with errors (or warnings under
 * {@code --strict}; notes never fail), 2 on usage or I/O errors. {@code lint --format json|sarif}
 * prints the findings on stdout instead; {@code lint --fix} prints the mechanical corrections as a
 * unified diff ({@code --fix=write} applies them).
 */
final class LintCommand {

  /** The API version used when none is given. */
  static final String DEFAULT_API_VERSION = "2022-11-20";

  private LintCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err, boolean model) {
    String command = model ? "model" : "lint";
    String docs = null;
    String service = null;
    String apiVersion = DEFAULT_API_VERSION;
    String overrides = null;
    String linkRoot = null;
    boolean strict = false;
    String format = "text";
    String fix = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!model && a.startsWith("--format=")) {
        format = a.substring("--format=".length());
        continue;
      }
      if (!model && (a.equals("--fix") || a.startsWith("--fix="))) {
        fix = a.equals("--fix") ? "diff" : a.substring("--fix=".length());
        continue;
      }
      switch (a) {
        case "--strict" -> strict = true;
        case "--format" -> {
          if (model || i + 1 >= args.length) {
            return usage(err, command, model ? "unknown option --format" : "--format needs a value");
          }
          format = args[++i];
        }
        case "--service", "--api-version", "--overrides", "--docs", "--link-root" -> {
          if (i + 1 >= args.length) {
            return usage(err, command, a + " needs a value");
          }
          String v = args[++i];
          switch (a) {
            case "--service" -> service = v;
            case "--api-version" -> apiVersion = v;
            case "--overrides" -> overrides = v;
            case "--link-root" -> linkRoot = v;
            default -> docs = v;
          }
        }
        default -> {
          if (a.startsWith("-")) {
            return usage(err, command, "unknown option " + a);
          }
          if (docs != null) {
            return usage(err, command, "only one docs folder, got " + docs + " and " + a);
          }
          docs = a;
        }
      }
    }
    if (docs == null) {
      return usage(err, command, "missing <docsDir>");
    }
    if (!format.equals("text") && !format.equals("json") && !format.equals("sarif")) {
      return usage(err, command, "--format must be text, json or sarif, not " + format);
    }
    if (fix != null && !fix.equals("diff") && !fix.equals("write")) {
      return usage(err, command, "--fix takes no value or =write, not " + fix);
    }
    Path root;
    try {
      root = Path.of(docs);
    } catch (RuntimeException e) {
      err.println(command + ": not a valid path: " + docs);
      return 2;
    }
    if (!Files.isDirectory(root)) {
      err.println(command + ": not a directory: " + docs);
      return 2;
    }
    if (service == null) {
      Path name = root.toAbsolutePath().normalize().getFileName();
      service = name == null ? "service" : name.toString();
    }
    ParseResult result;
    try {
      result = DocsParser.parse(root, new ParseOptions(service, apiVersion, overrides == null ? null : Path.of(overrides))
          .withLinkRoot(linkRoot == null ? null : Path.of(linkRoot)));
    } catch (UncheckedIOException e) {
      err.println(command + ": " + e.getCause().getMessage());
      return 2;
    } catch (java.nio.file.InvalidPathException e) {
      err.println(command + ": not a valid path: " + e.getInput());
      return 2;
    }
    List<Diagnostic> diagnostics;
    try {
      diagnostics = LintRules.forDocs(root, null).apply(result.diagnostics());
    } catch (UncheckedIOException e) {
      err.println(command + ": " + e.getCause().getMessage());
      return 2;
    }
    if (fix != null) {
      return FixCommand.run(root, diagnostics, fix.equals("write"), out, err);
    }
    if (model || format.equals("text")) {
      for (NoteGroups.Line line : NoteGroups.collapse(diagnostics)) {
        err.println(line.first().format() + line.suffix());
      }
    } else if (format.equals("json")) {
      out.print(LintJson.write(diagnostics));
    } else {
      out.print(Sarif.write(List.of(new Sarif.Run(root, diagnostics)), Main.version()));
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.stream().filter(Diagnostic::isWarning).count();
    long notes = diagnostics.size() - errors - warnings;
    if (model) {
      out.print(ModelJson.write(result.service()));
    } else {
      err.println(command + ": " + result.service().operations().size() + " actions, "
          + result.service().structures().size() + " structures, " + result.service().enums().size() + " enums, "
          + errors + " errors, " + warnings + " warnings, " + notes + " notes");
    }
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }

  private static int usage(PrintStream err, String command, String problem) {
    err.println(command + ": " + problem);
    err.println(Main.USAGE);
    return 2;
  }
}
