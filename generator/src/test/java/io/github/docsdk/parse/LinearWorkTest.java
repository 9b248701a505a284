package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.Generator;
import io.github.docsdk.read.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work is linear in the docs: a page ten times larger costs about ten times as much (parse,
 * checks and rendered sources), and a page far past a limit costs about what one at the limit does.
 * Ratios are generous (30) so that a loaded machine does not fail them; quadratic work misses them
 * by far (ten times the rows would cost a hundred times as much).
 */
class LinearWorkTest {
  private static final double GENEROUS = 30;

  private static Path docs(Path dir, String page) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("things.md"), page);
    return dir;
  }

  private static GenerateRequest request(Path docs, Path tmp) {
    return GenerateRequest.builder().docsRoot(docs).service("bmc").apiVersion("2022-11-20").basePackage("com.example.things")
        .sourceOutput(tmp.resolve("out")).lockFile(tmp.resolve("lock.json")).build();
  }

  /** The fastest of {@code runs} parse-and-render passes (no disk writes), in nanoseconds. */
  private static long best(GenerateRequest request, int runs) throws IOException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Generator.prepare(request);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void aPageTenTimesLargerCostsAboutTenTimesAsMuch(@TempDir Path tmp) throws IOException {
    GenerateRequest one = request(docs(tmp.resolve("one"), HostilePages.actionWithStructures(5, 40)), tmp);
    GenerateRequest ten = request(docs(tmp.resolve("ten"), HostilePages.actionWithStructures(50, 40)), tmp);
    best(one, 5); // warm up both before timing either
    Generator.Prepared check = Generator.prepare(ten);
    assertThat(check.failed()).as("%s", check.result().diagnostics()).isFalse();
    assertThat(check.result().structures()).isGreaterThanOrEqualTo(50);
    long tOne = best(one, 5);
    long tTen = best(ten, 2);
    System.out.printf("LinearWorkTest: 10x page %d ms, 1x page %d ms%n", tTen / 1_000_000, tOne / 1_000_000);
    assertThat((double) tTen / tOne).as("10x page %d ms, 1x page %d ms", tTen / 1_000_000, tOne / 1_000_000)
        .isLessThan(GENEROUS);
  }

  @Test
  void rowsFarPastTheLimitCostAboutWhatRowsAtTheLimitDo(@TempDir Path tmp) throws IOException {
    String far = HostilePages.action(InputLimits.MAX_TABLE_ROWS * 60);
    assertThat(far.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(InputLimits.MAX_PAGE_BYTES);
    ParseOptions options = ParseOptions.of("bmc", "2022-11-20");
    String atLimit = HostilePages.action(InputLimits.MAX_TABLE_ROWS);
    for (int i = 0; i < 3; i++) { // warm-up
      DocsParser.parsePage("a.md", atLimit, options);
      DocsParser.parsePage("a.md", far, options);
    }
    long tAt = Long.MAX_VALUE;
    long tFar = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      DocsParser.parsePage("a.md", atLimit, options);
      tAt = Math.min(tAt, System.nanoTime() - start);
      start = System.nanoTime();
      ParseResult r = DocsParser.parsePage("a.md", far, options);
      tFar = Math.min(tFar, System.nanoTime() - start);
      assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("TABLE_TOO_LONG"));
    }
    System.out.printf("LinearWorkTest: 60x rows %d ms, rows at the limit %d ms%n", tFar / 1_000_000, tAt / 1_000_000);
    // 60 times the rows: parsing them all would cost about 60 times as much
    assertThat((double) tFar / tAt).as("60x rows %d ms, rows at the limit %d ms", tFar / 1_000_000, tAt / 1_000_000)
        .isLessThan(GENEROUS / 3);
  }
}
