package io.github.docsdk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the benchmarks find their inputs. JMH forks inherit the working directory, so walking up
 * from it to the repository root (the folder holding {@code mvnw}) works both for {@code java
 * -jar benchmarks/target/benchmarks.jar} from the root and from inside {@code benchmarks/}; from
 * anywhere else, the jar's own location ({@code <repo>/benchmarks/target}) is used.
 */
public final class BenchPaths {

  /** System property naming the docs folder to generate from (default: the shared bmc docs). */
  public static final String DOCS_PROPERTY = "docsdk.bench.docs";

  private BenchPaths() {}

  /** The repository root: {@code -Ddocsdk.bench.repo}, else the nearest ancestor with mvnw. */
  public static Path repoRoot() {
    String explicit = System.getProperty("docsdk.bench.repo", "");
    if (!explicit.isEmpty()) {
      return Path.of(explicit).toAbsolutePath().normalize();
    }
    Path found = repoAbove(Path.of("").toAbsolutePath());
    if (found == null) {
      // Run from elsewhere: the jar itself lives in <repo>/benchmarks/target.
      try {
        found = repoAbove(Path.of(BenchPaths.class.getProtectionDomain().getCodeSource()
            .getLocation().toURI()));
      } catch (URISyntaxException | RuntimeException e) {
        found = null;
      }
    }
    if (found == null) {
      throw new IllegalStateException("run from inside the docsdk repository (no mvnw above "
          + Path.of("").toAbsolutePath() + ") or pass -Ddocsdk.bench.repo=<repo root>");
    }
    return found;
  }

  private static Path repoAbove(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    return null;
  }

  /**
   * The docs to generate from: {@code configured} when not empty (a JMH {@code @Param}), else
   * {@code -Ddocsdk.bench.docs}, else {@code <repo>/../shared/corpus/zenlayer-docs/luo-jin-shu}.
   */
  public static Path docs(String configured) {
    String value = configured != null && !configured.isEmpty()
        ? configured : System.getProperty(DOCS_PROPERTY, "");
    Path docs = value.isEmpty()
        ? repoRoot().resolve("../shared/corpus/zenlayer-docs/luo-jin-shu")
        : Path.of(value);
    docs = docs.toAbsolutePath().normalize();
    if (!Files.isDirectory(docs)) {
      throw new IllegalStateException("docs folder not found: " + docs
          + " (pass -p docs=<dir> or -D" + DOCS_PROPERTY + "=<dir>)");
    }
    return docs;
  }

  /** Deletes a tree; quietly does nothing when it does not exist. */
  public static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
