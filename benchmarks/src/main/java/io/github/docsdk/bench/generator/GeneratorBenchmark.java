package io.github.docsdk.bench.generator;

import com.palantir.javapoet.JavaFile;
import io.github.docsdk.bench.BenchPaths;
import io.github.docsdk.emit.EmitOptions;
import io.github.docsdk.emit.SdkEmitter;
import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.Generator;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generator in-process on a whole docs folder (default: the shared bmc docs, 69 actions): the
 * full run as the plugin does it, and each stage alone. SampleTime gives the median and p99 the
 * targets are stated in; {@code -prof gc} gives bytes allocated per run ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
@State(Scope.Benchmark)
public class GeneratorBenchmark {

  static final String SERVICE = "bmc";
  static final String API_VERSION = "2022-11-20";
  static final String PACKAGE = "io.github.docsdk.bench.gen.bmc";

  /** Docs folder; empty means {@code -Ddocsdk.bench.docs} or the shared bmc docs. */
  @Param("")
  public String docs;

  private Path docsRoot;
  private Path scratch;
  private Path upToDate;
  private Service service;
  private List<JavaFile> javaFiles;
  private List<Rendered> rendered;

  /** A source file as the generator renders it in memory before writing. */
  record Rendered(String relativePath, byte[] bytes) {}

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    docsRoot = BenchPaths.docs(docs);
    scratch = Files.createTempDirectory("docsdk-bench-gen-");
    ParseResult parsed = parse();
    if (parsed.hasErrors()) {
      throw new IllegalStateException("the docs have errors; nothing to benchmark: " + docsRoot);
    }
    service = parsed.service();
    javaFiles = SdkEmitter.emit(service, new EmitOptions(PACKAGE));
    rendered = render(javaFiles);
    upToDate = scratch.resolve("up-to-date");
    GenerateResult first = Generator.generate(request(upToDate));
    if (first.outcome() != GenerateResult.Outcome.GENERATED) {
      throw new IllegalStateException(first.failureMessage());
    }
    System.out.println("\n[generator] " + first.summary() + "; " + javaFiles.size() + " Java files, "
        + rendered.stream().mapToLong(r -> r.bytes().length).sum() / 1024 + " KiB of source");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BenchPaths.deleteTree(scratch);
  }

  /**
   * A fresh, not yet existing output folder for each invocation of the writing benchmarks, on
   * disk ({@code java.io.tmpdir}) or on tmpfs ({@code /dev/shm}): creating files on this kind of
   * virtual disk costs far more than the generator's own work, and the two must be told apart.
   */
  @State(Scope.Thread)
  public static class FreshOutput {
    @Param({"disk", "tmpfs"})
    public String outputOn;

    private Path root;
    private int counter;
    Path dir;

    @Setup(Level.Trial)
    public void createRoot() throws IOException {
      Path base = outputOn.equals("tmpfs")
          ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
      if (!Files.isDirectory(base)) {
        throw new IllegalStateException(base + " does not exist; run with -p outputOn=disk");
      }
      root = Files.createTempDirectory(base, "docsdk-bench-out-");
    }

    @Setup(Level.Invocation)
    public void next() {
      dir = root.resolve("run-" + (counter++));
    }

    @TearDown(Level.Invocation)
    public void clean() {
      BenchPaths.deleteTree(dir);
    }

    @TearDown(Level.Trial)
    public void deleteRoot() {
      BenchPaths.deleteTree(root);
    }
  }

  /** Read + parse + check + emit + render + write sources and model JSON to an empty folder. */
  @Benchmark
  public GenerateResult pipeline(FreshOutput out) throws IOException {
    return Generator.generate(request(out.dir));
  }

  /** The same run when the output is already up to date: every file compared, none written. */
  @Benchmark
  public GenerateResult pipelineUpToDate() throws IOException {
    return Generator.generate(request(upToDate));
  }

  /** Read + parse: Markdown folder to spec model with diagnostics. */
  @Benchmark
  public ParseResult parse() {
    return DocsParser.parse(docsRoot, ParseOptions.of(SERVICE, API_VERSION));
  }

  /** Emit from a parsed model: spec model to JavaPoet files (no text yet). */
  @Benchmark
  public List<JavaFile> emit() {
    return SdkEmitter.emit(service, new EmitOptions(PACKAGE));
  }

  /** Emit and render each file to UTF-8 source text, as the generator does before writing. */
  @Benchmark
  public List<Rendered> emitAndRender() {
    return render(SdkEmitter.emit(service, new EmitOptions(PACKAGE)));
  }

  /**
   * A what-if, not the product: the same emit and render with the files rendered on all cores
   * (the generator renders them one after the other), to size that fix.
   */
  @Benchmark
  public List<Rendered> emitAndRenderParallel() {
    return SdkEmitter.emit(service, new EmitOptions(PACKAGE)).parallelStream()
        .map(GeneratorBenchmark::render).toList();
  }

  /** Write already rendered sources into an empty folder (the disk part alone). */
  @Benchmark
  public int write(FreshOutput out) throws IOException {
    int n = 0;
    for (Rendered r : rendered) {
      Path target = out.dir.resolve(r.relativePath());
      Files.createDirectories(target.getParent());
      Files.write(target, r.bytes());
      n++;
    }
    return n;
  }

  /** Write the JavaPoet files with {@link JavaFile#writeTo(Path)} (renders while writing). */
  @Benchmark
  public int writeJavaFiles(FreshOutput out) throws IOException {
    for (JavaFile file : javaFiles) {
      file.writeTo(out.dir);
    }
    return javaFiles.size();
  }

  private GenerateRequest request(Path out) {
    return GenerateRequest.builder()
        .docsRoot(docsRoot)
        .service(SERVICE)
        .apiVersion(API_VERSION)
        .basePackage(PACKAGE)
        .sourceOutput(out.resolve("java"))
        .resourceOutput(out.resolve("resources"))
        // the name lock goes to scratch: a benchmark never writes into the docs it reads
        .lockFile(scratch.resolve("docsdk-lock.json"))
        .build();
  }

  static List<Rendered> render(List<JavaFile> files) {
    List<Rendered> out = new ArrayList<>(files.size());
    for (JavaFile file : files) {
      out.add(render(file));
    }
    return out;
  }

  static Rendered render(JavaFile file) {
    String dir = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
    return new Rendered(dir + file.typeSpec().name() + ".java",
        file.toString().getBytes(StandardCharsets.UTF_8));
  }
}
