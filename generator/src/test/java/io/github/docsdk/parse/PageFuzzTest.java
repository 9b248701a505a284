package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Robustness: randomly mutated corpus pages (truncation, deleted and duplicated cells and rows,
 * swapped columns, random bytes, huge cells, deep nesting) go through the page parser; only
 * diagnostics may come out, and none may report an internal failure. Fixed seed; time-boxed so it
 * fits every build (it normally completes all iterations well inside the box).
 */
class PageFuzzTest {

  private static final int ITERATIONS = 100_000;
  private static final long TIME_BOX_NANOS = 60_000_000_000L;
  private static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");

  @Test
  void mutatedPagesOnlyProduceDiagnostics() throws IOException {
    List<String> pages = new ArrayList<>();
    for (Path p : TestCorpus.markdownFiles(TestCorpus.luoJinShu())) {
      pages.add(Files.readString(p));
    }
    assertThat(pages).hasSizeGreaterThan(60);
    SplittableRandom random = new SplittableRandom(20221120L);
    long start = System.nanoTime();
    int done = 0;
    long diagnostics = 0;
    while (done < ITERATIONS && System.nanoTime() - start < TIME_BOX_NANOS) {
      String page = pages.get(random.nextInt(pages.size()));
      String mutated = Mutator.mutate(page, random);
      ParseResult result = DocsParser.parsePage("fuzz/page" + (done % 7) + ".md", mutated, OPTIONS);
      for (Diagnostic d : result.diagnostics()) {
        assertThat(d.code())
            .as("iteration %d: %s\n--- page ---\n%s", done, d, mutated.length() > 3000 ? mutated.substring(0, 3000) : mutated)
            .isNotEqualTo("INTERNAL_ERROR");
      }
      diagnostics += result.diagnostics().size();
      done++;
    }
    System.out.printf("page fuzz: %d mutated pages, %d diagnostics, %d ms%n", done, diagnostics,
        (System.nanoTime() - start) / 1_000_000);
    assertThat(done).as("iterations inside the time box").isGreaterThan(1_000);
    assertThat(diagnostics).isPositive();
  }
}
