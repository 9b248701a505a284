package io.github.docsdk.bench.generator;

import io.github.docsdk.bench.BenchPaths;
import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.Generator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the whole docs folder a few times in this JVM and reports heap figures; run it under
 * {@code -Xmx64m} to show the generator fits (an OutOfMemoryError exits non-zero).
 *
 * <pre>java -Xmx64m -cp benchmarks.jar io.github.docsdk.bench.generator.MemoryCheck [docsDir] [runs]</pre>
 */
public final class MemoryCheck {

  private MemoryCheck() {}

  public static void main(String[] args) throws Exception {
    Path docs = BenchPaths.docs(args.length > 0 ? args[0] : "");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path scratch = Files.createTempDirectory("docsdk-bench-mem-");
    try {
      GenerateResult last = null;
      for (int i = 0; i < runs; i++) {
        // A fresh folder each time: every file is written, the most work a run can do.
        last = Generator.generate(GenerateRequest.builder()
            .docsRoot(docs)
            .service(GeneratorBenchmark.SERVICE)
            .apiVersion(GeneratorBenchmark.API_VERSION)
            .basePackage(GeneratorBenchmark.PACKAGE)
            .sourceOutput(scratch.resolve("run-" + i + "/java"))
            .resourceOutput(scratch.resolve("run-" + i + "/resources"))
            .lockFile(scratch.resolve("docsdk-lock.json"))
            .build());
        if (last.failed()) {
          System.err.println(last.failureMessage());
          System.exit(1);
        }
      }
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.gc();
      long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      System.out.printf("max heap %d MiB: %d runs OK (%s); sum of heap pool peaks %d MiB; "
              + "used after GC %d MiB%n",
          Runtime.getRuntime().maxMemory() >> 20, runs, last.summary(), peak >> 20, retained >> 20);
    } finally {
      BenchPaths.deleteTree(scratch);
    }
  }
}
