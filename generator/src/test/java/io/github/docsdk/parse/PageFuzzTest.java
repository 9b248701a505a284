package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Robustness: randomly mutated corpus pages (truncation, deleted and duplicated cells and rows,
 * swapped columns, random bytes, huge cells, deep nesting) go through the page parser; only
 * diagnostics may come out, and none may report an internal failure. Fixed seeds (one stream per
 * worker); 100,000 pages or 60 seconds, whichever comes first, so it fits every build.
 */
class PageFuzzTest {

  private static final int ITERATIONS = 100_000;
  private static final long TIME_BOX_NANOS = 60_000_000_000L;
  private static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");

  private record Outcome(int pages, long diagnostics, String failure) {}

  @Test
  void mutatedPagesOnlyProduceDiagnostics() throws Exception {
    List<String> pages = new ArrayList<>();
    for (Path p : TestCorpus.markdownFiles(TestCorpus.luoJinShu())) {
      pages.add(Files.readString(p));
    }
    Path specs = TestCorpus.repoRoot().resolve("specs");
    if (Files.isDirectory(specs)) {
      for (Path p : TestCorpus.markdownFiles(specs)) {
        pages.add(Files.readString(p)); // our own English pages too
      }
    }
    Path heldOutLike = TestCorpus.repoRoot().resolve("generator/src/test/resources/heldout-like");
    if (Files.isDirectory(heldOutLike)) {
      for (Path p : TestCorpus.markdownFiles(heldOutLike)) {
        pages.add(Files.readString(p)); // dialect variants: CRLF, BOM, HTML tables, curl examples
      }
    }
    assertThat(pages).hasSizeGreaterThan(60);
    int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    long deadline = System.nanoTime() + TIME_BOX_NANOS;
    SplittableRandom seeds = new SplittableRandom(20221120L);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      SplittableRandom random = seeds.split();
      int share = ITERATIONS / workers + (w < ITERATIONS % workers ? 1 : 0);
      futures.add(pool.submit(() -> fuzz(pages, random, share, deadline)));
    }
    int done = 0;
    long diagnostics = 0;
    List<String> failures = new ArrayList<>();
    for (Future<Outcome> f : futures) {
      Outcome o = f.get();
      done += o.pages();
      diagnostics += o.diagnostics();
      if (o.failure() != null) {
        failures.add(o.failure());
      }
    }
    pool.shutdown();
    System.out.printf("page fuzz: %d mutated pages on %d workers, %d diagnostics%n", done, workers, diagnostics);
    assertThat(failures).isEmpty();
    assertThat(done).as("pages inside the time box").isGreaterThan(1_000);
    assertThat(diagnostics).isPositive();
  }

  private static Outcome fuzz(List<String> pages, SplittableRandom random, int iterations, long deadline) {
    int done = 0;
    long diagnostics = 0;
    while (done < iterations && System.nanoTime() < deadline) {
      String mutated = Mutator.mutate(pages.get(random.nextInt(pages.size())), random);
      ParseResult result;
      try {
        result = DocsParser.parsePage("fuzz/page" + (done % 7) + ".md", mutated, OPTIONS);
      } catch (Throwable t) {
        return new Outcome(done, diagnostics, "exception " + t + "\n--- page ---\n" + head(mutated));
      }
      for (Diagnostic d : result.diagnostics()) {
        if (d.code().equals("INTERNAL_ERROR")) {
          return new Outcome(done, diagnostics, d + "\n--- page ---\n" + head(mutated));
        }
      }
      diagnostics += result.diagnostics().size();
      done++;
    }
    return new Outcome(done, diagnostics, null);
  }

  private static String head(String s) {
    return s.length() > 3000 ? s.substring(0, 3000) : s;
  }
}
