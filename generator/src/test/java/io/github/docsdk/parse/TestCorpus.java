package io.github.docsdk.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the shared corpus ({@code <repo root>/../shared/corpus}) and the repo's own specs. Tests
 * that need the corpus skip, with a message, when it is absent.
 */
public final class TestCorpus {

  private TestCorpus() {}

  /** The directory holding {@code mvnw}, walking up from the working directory. */
  public static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** {@code .../shared/corpus}, or a skipped test when it is not there. */
  public static Path corpus() {
    Path corpus = repoRoot().resolve("../shared/corpus").normalize();
    assumeTrue(Files.isDirectory(corpus.resolve("zenlayer-docs/luo-jin-shu")),
        "shared corpus not found at " + corpus + ": skipping corpus tests");
    return corpus;
  }

  /**
   * The top of the corpus ({@code zenlayer-docs}): the link root for parsing its folders, whose
   * pages link up to {@code ../datastructure.md} and the common error codes page (the corpus is
   * not a git work tree, so the default link root would be the docs folder itself).
   */
  public static Path linkRoot() {
    return corpus().resolve("zenlayer-docs");
  }

  /** Options for parsing a corpus folder, with {@link #linkRoot()}. */
  public static ParseOptions options(String service, String apiVersion) {
    return ParseOptions.of(service, apiVersion).withLinkRoot(linkRoot());
  }

  /** The bare-metal docs root of the corpus. */
  public static Path luoJinShu() {
    return corpus().resolve("zenlayer-docs/luo-jin-shu");
  }

  public static List<Path> markdownFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a tree, creating files in the order given by {@code order} (to vary directory order). */
  public static void copyTree(Path from, Path to, List<Path> order) {
    try {
      for (Path file : order) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
