package io.github.docsdk.generate;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.emit.EmitOptions;
import io.github.docsdk.emit.SdkEmitter;
import io.github.docsdk.lint.LintRules;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Future;

/**
 * The one call behind the CLI's {@code generate} and the Maven plugin: parse the docs, check them,
 * emit Java, and bring the output folders in line with the result.
 *
 * <p>Nothing is written unless the docs have no errors (and, under strict, no warnings); all
 * files are rendered in memory first and then written through {@link OutputWriter}, which stages
 * them next to the output and swaps them in, leaves unchanged files untouched and removes files
 * that are no longer generated. Stateless and thread-safe.
 */
public final class Generator {

  private Generator() {}

  /**
   * Generates the SDK sources (and the model JSON when a resource folder is given).
   *
   * @throws IllegalArgumentException when the request is misconfigured (see {@link
   *     GenerateRequest#problems()}); the message lists every problem
   * @throws IOException when the docs cannot be read or the output cannot be written
   */
  public static GenerateResult generate(GenerateRequest request) throws IOException {
    return prepare(request).write();
  }

  /**
   * Parses, checks and renders everything in memory, writing nothing yet; {@link
   * Prepared#write()} then brings the output in line. Lets a caller with several services check
   * all of them before writing any.
   *
   * @throws IllegalArgumentException when the request is misconfigured
   * @throws IOException when the docs cannot be read
   */
  public static Prepared prepare(GenerateRequest request) throws IOException {
    requireValid(RequestChecks.problems(request, true));
    long start = System.nanoTime();
    Checked checked = parseAndCheck(request, options(request));
    if (checked.outcome != GenerateResult.Outcome.GENERATED) {
      return new Prepared(request, checked, start, null, null, null);
    }
    Service service = checked.parse.service();
    LockSession lock = checked.parse.lock();
    SortedMap<String, byte[]> sources;
    Future<byte[]> modelJson = null;
    try (Workers workers = Workers.start()) {
      if (request.resourceOutput() != null) {
        modelJson = workers.submit(() -> ModelJson.write(service).getBytes(StandardCharsets.UTF_8));
      }
      sources = renderSources(service, request.basePackage(), lock, workers);
      if (request.frozenLock()) {
        List<Diagnostic> frozen = LockFile.frozenErrors(request, lock);
        if (!frozen.isEmpty()) {
          List<Diagnostic> all = new ArrayList<>(checked.diagnostics);
          all.addAll(frozen);
          return new Prepared(request, new Checked(checked.parse, all, GenerateResult.Outcome.FAILED_ERRORS), start,
              null, null, null);
        }
      }
      SortedMap<String, byte[]> resources = null;
      if (modelJson != null) {
        resources = new TreeMap<>();
        resources.put(request.modelResourcePath(), Workers.join(modelJson));
      }
      return new Prepared(request, checked, start, sources, resources, lock.result());
    }
  }

  /** A checked, fully rendered run that has not touched the disk yet. */
  public static final class Prepared {
    private final GenerateRequest request;
    private final Checked checked;
    private final long startNanos;
    private final SortedMap<String, byte[]> sources;
    private final SortedMap<String, byte[]> resources;
    private final NameLock lock;
    private boolean written;

    private Prepared(GenerateRequest request, Checked checked, long startNanos,
        SortedMap<String, byte[]> sources, SortedMap<String, byte[]> resources, NameLock lock) {
      this.lock = lock;
      this.request = request;
      this.checked = checked;
      this.startNanos = startNanos;
      this.sources = sources;
      this.resources = resources;
    }

    /** Whether the docs failed the checks, so that {@link #write()} will write nothing. */
    public boolean failed() {
      return checked.outcome != GenerateResult.Outcome.GENERATED;
    }

    /** The result as it stands before writing (no file counts yet). */
    public GenerateResult result() {
      return Generator.result(request, checked, startNanos, new OutputWriter.Change(0, 0, 0));
    }

    /**
     * Writes the rendered files (nothing when the docs failed) and returns the final result.
     *
     * @throws IllegalStateException when called twice
     */
    public GenerateResult write() throws IOException {
      if (written) {
        throw new IllegalStateException("already written");
      }
      written = true;
      if (failed()) {
        return result();
      }
      // Checked again here: a link may have appeared since the request was checked.
      for (Path root : java.util.Arrays.asList(request.sourceOutput(), request.resourceOutput())) {
        java.util.Optional<String> link = OutputLinks.problem(root);
        if (link.isPresent()) {
          throw new IOException(link.get());
        }
      }
      OutputWriter.Change change =
          OutputWriter.write(request.sourceOutput(), request.service(), sources);
      if (resources != null) {
        change = change.plus(OutputWriter.write(request.resourceOutput(), request.service(), resources));
      }
      Checked done = checked;
      if (!request.frozenLock()) {
        try {
          LockFile.write(request.effectiveLockFile(), lock);
        } catch (IOException e) {
          // read-only docs: the SDK is still right, only the names are not recorded for next time
          List<Diagnostic> all = new ArrayList<>(checked.diagnostics);
          all.add(LockFile.notWritten(request, e));
          done = new Checked(checked.parse, all, checked.outcome);
        }
      }
      return Generator.result(request, done, startNanos, change);
    }
  }

  /**
   * Parses and checks the docs only, writing nothing. The outcome is {@code VALIDATED}, or a
   * failure when the docs have errors (or warnings, under strict).
   */
  public static GenerateResult lint(
      Path docsRoot, String service, String apiVersion, Path overrides, boolean strict)
      throws IOException {
    return lint(docsRoot, service, apiVersion, overrides, strict, Map.of());
  }

  /** {@link #lint(Path, String, String, Path, boolean)} with lint levels per code. */
  public static GenerateResult lint(Path docsRoot, String service, String apiVersion, Path overrides,
      boolean strict, Map<String, String> rules) throws IOException {
    return lint(docsRoot, service, apiVersion, overrides, strict, rules, null);
  }

  /** As above, following links only inside {@code linkRoot} (null: the default link root). */
  public static GenerateResult lint(Path docsRoot, String service, String apiVersion, Path overrides,
      boolean strict, Map<String, String> rules, Path linkRoot) throws IOException {
    GenerateRequest request =
        GenerateRequest.builder()
            .docsRoot(docsRoot)
            .service(service)
            .apiVersion(apiVersion)
            .basePackage("unused")
            .sourceOutput(docsRoot)
            .overrides(overrides)
            .strict(strict)
            .rules(rules)
            .linkRoot(linkRoot)
            .build();
    requireValid(RequestChecks.problems(request, false));
    long start = System.nanoTime();
    Checked checked = parseAndCheck(request, options(request));
    GenerateResult.Outcome outcome =
        checked.outcome == GenerateResult.Outcome.GENERATED
            ? GenerateResult.Outcome.VALIDATED
            : checked.outcome;
    return result(request, new Checked(checked.parse, checked.diagnostics, outcome), start,
        new OutputWriter.Change(0, 0, 0));
  }

  /** Java sources keyed by their path under the source root ({@code com/example/Foo.java}). */
  static SortedMap<String, byte[]> renderSources(Service service, String basePackage) {
    return renderSources(service, basePackage, LockSession.fresh());
  }

  static SortedMap<String, byte[]> renderSources(Service service, String basePackage, LockSession lock) {
    try (Workers workers = Workers.start()) {
      return renderSources(service, basePackage, lock, workers);
    }
  }

  /**
   * Emits on this thread and renders on the workers as each file comes out: JavaPoet renders a
   * file twice (once to collect its imports), which costs more than building it.
   */
  private static SortedMap<String, byte[]> renderSources(Service service, String basePackage, LockSession lock,
      Workers workers) {
    Map<String, Future<byte[]>> rendered = new LinkedHashMap<>();
    SdkEmitter.emit(service, new EmitOptions(basePackage, lock), file -> {
      String dir = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
      String rel = dir + file.typeSpec().name() + ".java";
      if (rendered.containsKey(rel)) {
        // Two types with one name would silently overwrite each other on disk.
        throw new IllegalStateException("the emitter produced " + rel + " twice");
      }
      rendered.put(rel, workers.submit(() -> render(file)));
    });
    SortedMap<String, byte[]> out = new TreeMap<>();
    rendered.forEach((rel, bytes) -> out.put(rel, Workers.join(bytes)));
    return out;
  }

  /**
   * The file's text as UTF-8 (what {@code file.toString()} gives), into a builder sized for all
   * but the largest files, so that rendering rarely copies the text to grow it.
   */
  private static byte[] render(JavaFile file) {
    StringBuilder text = new StringBuilder(RENDER_CAPACITY);
    try {
      file.writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Chars; nine in ten generated files of the bmc docs are under 20 KB. */
  private static final int RENDER_CAPACITY = 24 * 1024;

  private static ParseOptions options(GenerateRequest request) {
    return new ParseOptions(request.service(), request.apiVersion(), request.overrides(), request.lockFile(),
        request.linkRoot());
  }

  private record Checked(
      ParseResult parse, List<Diagnostic> diagnostics, GenerateResult.Outcome outcome) {}

  private static Checked parseAndCheck(GenerateRequest request, ParseOptions options)
      throws IOException {
    ParseResult parse;
    LintRules rules;
    try {
      parse = DocsParser.parse(request.docsRoot(), options);
      rules = LintRules.forDocs(request.docsRoot(), request.rules());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<Diagnostic> diagnostics = new ArrayList<>(parse.diagnostics());
    for (Diagnostic extra : ServiceChecks.check(parse.service(), options.service())) {
      // The parser may already report the same finding (e.g. NO_ACTIONS); say it once.
      if (diagnostics.stream().noneMatch(d -> d.code().equals(extra.code()))) {
        diagnostics.add(extra);
      }
    }
    diagnostics = rules.apply(diagnostics);
    boolean strict = request.strict();
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    boolean warnings = diagnostics.stream().anyMatch(Diagnostic::isWarning);
    GenerateResult.Outcome outcome =
        errors
            ? GenerateResult.Outcome.FAILED_ERRORS
            : strict && warnings
                ? GenerateResult.Outcome.FAILED_STRICT
                : GenerateResult.Outcome.GENERATED;
    return new Checked(parse, diagnostics, outcome);
  }

  private static GenerateResult result(
      GenerateRequest request, Checked checked, long startNanos, OutputWriter.Change change) {
    Service service = checked.parse.service();
    return new GenerateResult(
        checked.outcome,
        request.docsRoot(),
        request.service(),
        request.apiVersion(),
        checked.diagnostics,
        service.operations().size(),
        service.structures().size(),
        service.enums().size(),
        (System.nanoTime() - startNanos) / 1_000_000,
        change.written(),
        change.removed(),
        change.unchanged(),
        ModelSources.outside(service, request.docsRoot()));
  }

  private static void requireValid(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }
}
