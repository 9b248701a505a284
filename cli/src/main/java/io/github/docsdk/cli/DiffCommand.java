package io.github.docsdk.cli;

import io.github.docsdk.diff.DiffReport;
import io.github.docsdk.diff.JsonReport;
import io.github.docsdk.diff.MarkdownReport;
import io.github.docsdk.diff.ModelDiff;
import io.github.docsdk.diff.ModelLoadException;
import io.github.docsdk.diff.ModelLoader;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.spec.Diagnostic;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff OLD NEW [--json] [--fail-on-breaking] [--docs] [--service S] [--api-version V]
 * [--previous-version X] [--lock F]}: compares two versions of a service's API. A docs folder
 * is read with its name lock ({@code --lock} for NEW; else its own {@code docsdk-lock.json}; else,
 * for NEW, OLD's), so a rename the lock absorbs is no change; the report lists the names it kept.
 * Each side is a docs folder, a model JSON file, or a jar carrying {@code META-INF/docsdk/*.json}. Prints a Markdown report (or
 * JSON) on stdout. Exit 0; 1 with {@code --fail-on-breaking} when a change breaks SDK users; 2 on
 * usage or I/O errors.
 */
public final class DiffCommand {

  static final String USAGE =
      """
      usage: diff OLD NEW [options]
        OLD, NEW               a docs folder, a model JSON file, or an SDK jar with META-INF/docsdk/*.json
        --json                 print the report as JSON instead of Markdown
        --fail-on-breaking     exit 1 when a change breaks SDK users
        --docs                 also list changed descriptions (never counted)
        --service S            service name for docs folders (and which model to take from a jar)
        --api-version V        API version for docs folders
        --previous-version X   version of the SDK built from OLD, to suggest the next one
        --lock F               name lock to read NEW docs with (default: NEW's docsdk-lock.json, else OLD's)
        --link-root DIR        links in docs folders are followed only inside DIR (default: the git
                               work tree holding each docs folder, else the folder itself)
      """;

  private DiffCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, new ModelLoader(DocsParser::parse));
  }

  /** With a given loader, so tests can feed models without docs. */
  static int run(String[] args, PrintStream out, PrintStream err, ModelLoader loader) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("diff: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options.help) {
      out.print(USAGE);
      return 0;
    }
    ModelLoader.Loaded oldSide;
    ModelLoader.Loaded newSide;
    try {
      // a model side names the service for a docs side, unless the user did
      oldSide = load(loader, options.oldPath, options, options.newPath, null);
      newSide = load(loader, options.newPath, options, options.oldPath, newLock(options));
    } catch (ModelLoadException e) {
      err.println("diff: " + e.getMessage());
      return 2;
    }
    reportDiagnostics("OLD", oldSide, err);
    reportDiagnostics("NEW", newSide, err);
    DiffReport report = ModelDiff.compare(oldSide.service(), newSide.service(), options.docs)
        .withKeptByLock(newSide.keptByLock());
    out.print(
        options.json
            ? JsonReport.render(report, options.previousVersion)
            : MarkdownReport.render(report, options.previousVersion));
    out.flush();
    return options.failOnBreaking && report.hasBreaking() ? 1 : 0;
  }

  /** NEW docs edited from OLD's usually share its lock: take OLD's when NEW has none of its own. */
  private static Path newLock(Options options) {
    if (options.lock != null) {
      return options.lock;
    }
    Path own = options.newPath.resolve(NameLock.FILE_NAME);
    Path old = options.oldPath.resolve(NameLock.FILE_NAME);
    return Files.isDirectory(options.newPath) && !Files.isRegularFile(own) && Files.isRegularFile(old) ? old : null;
  }

  private static ModelLoader.Loaded load(ModelLoader loader, Path path, Options options, Path otherPath, Path lock)
      throws ModelLoadException {
    String service = options.service;
    String apiVersion = options.apiVersion;
    if (Files.isDirectory(path) && (service == null || apiVersion == null)
        && !Files.isDirectory(otherPath) && Files.isRegularFile(otherPath)) {
      ModelLoader.Loaded other = loader.load(otherPath, service, null, null, null, options.linkRoot);
      service = service != null ? service : other.service().name();
      apiVersion = apiVersion != null ? apiVersion : other.service().apiVersion();
    }
    return loader.load(path, service, apiVersion, null, lock, options.linkRoot);
  }

  /** Errors in the docs make the model partial: say so, with every error, but carry on. */
  private static void reportDiagnostics(String side, ModelLoader.Loaded loaded, PrintStream err) {
    List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (errors.isEmpty()) {
      return; // warnings are lint's business; the model is complete
    }
    err.println("diff: " + side + " " + loaded.origin() + ": " + errors.size()
        + " errors in the docs, the comparison may be incomplete (run lint for details):");
    errors.forEach(d -> err.println(d.format()));
  }

  /** Parsed command line. */
  private static final class Options {
    Path oldPath;
    Path newPath;
    boolean json;
    boolean failOnBreaking;
    boolean docs;
    boolean help;
    String service;
    String apiVersion;
    String previousVersion;
    Path lock;
    Path linkRoot;

    static Options parse(String[] args) {
      Options o = new Options();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--json" -> o.json = true;
          case "--fail-on-breaking" -> o.failOnBreaking = true;
          case "--docs" -> o.docs = true;
          case "-h", "--help" -> o.help = true;
          case "--service" -> o.service = value(args, ++i, arg);
          case "--api-version" -> o.apiVersion = value(args, ++i, arg);
          case "--previous-version" -> o.previousVersion = value(args, ++i, arg);
          case "--lock" -> o.lock = Path.of(value(args, ++i, arg));
          case "--link-root" -> o.linkRoot = Path.of(value(args, ++i, arg));
          default -> {
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            positional.add(arg);
          }
        }
      }
      if (o.help) {
        return o;
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException(
            "expected OLD and NEW, got " + positional.size() + " argument(s)");
      }
      try {
        o.oldPath = Path.of(positional.get(0));
        o.newPath = Path.of(positional.get(1));
      } catch (java.nio.file.InvalidPathException e) {
        throw new IllegalArgumentException("not a path: " + e.getInput());
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
