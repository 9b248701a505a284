package io.github.docsdk.bench.generator;

import io.github.docsdk.bench.BenchPaths;
import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.Generator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
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
 * javac on the code generated from the whole docs folder (the anchor's ~50,000 lines took ~13.6 s).
 * {@code compileCold}: the first compilation in a fresh JVM, as a build sees it (one shot per fork);
 * {@code compileWarm}: the same once javac itself is JIT-compiled, which is the cost of the
 * generated code alone. Same options as the generated SDK's build: {@code --release 11}, no
 * annotation processing.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CompileBenchmark {

  @Param("")
  public String docs;

  private Path scratch;
  private List<Path> sources;
  private Path classes;
  private JavaCompiler javac;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    scratch = Files.createTempDirectory("docsdk-bench-javac-");
    Path out = scratch.resolve("src");
    GenerateResult result = Generator.generate(GenerateRequest.builder()
        .docsRoot(BenchPaths.docs(docs))
        .service(GeneratorBenchmark.SERVICE)
        .apiVersion(GeneratorBenchmark.API_VERSION)
        .basePackage(GeneratorBenchmark.PACKAGE)
        .sourceOutput(out)
        // the name lock goes to scratch: a benchmark never writes into the docs it reads
        .lockFile(scratch.resolve("docsdk-lock.json"))
        .build());
    if (result.failed()) {
      throw new IllegalStateException(result.failureMessage());
    }
    try (Stream<Path> walk = Files.walk(out)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    long lines = 0;
    for (Path p : sources) {
      try (Stream<String> l = Files.lines(p)) {
        lines += l.count();
      }
    }
    javac = ToolProvider.getSystemJavaCompiler();
    System.out.println("\n[javac] " + sources.size() + " files, " + lines + " lines");
  }

  @Setup(Level.Iteration)
  public void freshClasses() throws IOException {
    classes = Files.createTempDirectory(scratch, "classes-");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BenchPaths.deleteTree(scratch);
  }

  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(3)
  public int compileCold() throws IOException {
    return compile();
  }

  @Benchmark
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @Fork(1)
  public int compileWarm() throws IOException {
    return compile();
  }

  private int compile() throws IOException {
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      List<String> options = new ArrayList<>(List.of(
          "--release", "11", "-proc:none", "-encoding", "UTF-8", "-implicit:none",
          "-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString()));
      Boolean ok = javac.getTask(messages, files, null, options, null, units).call();
      if (!ok) {
        throw new IllegalStateException("generated code does not compile:\n" + messages);
      }
    }
    return sources.size();
  }
}
