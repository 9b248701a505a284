package io.github.docsdk.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the shared corpus and copies it into a test's temp folder, where changes get planted. */
public final class CorpusCopy {

  private CorpusCopy() {}

  /** {@code <repo root>/../shared/corpus/zenlayer-docs}, or null when absent. */
  static Path corpusRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null || dir.getParent() == null) {
      return null;
    }
    Path corpus = dir.getParent().resolve("shared/corpus/zenlayer-docs");
    return Files.isDirectory(corpus.resolve("luo-jin-shu")) ? corpus : null;
  }

  /**
   * Copies the whole corpus (so links to the common error codes page still resolve) and returns
   * the copied bmc docs root, {@code <target>/luo-jin-shu}. The copy is marked as a git work tree
   * (an empty {@code .git} folder), as a docs checkout is, so its top is the default link root.
   */
  public static Path copy(Path corpus, Path target) throws IOException {
    Files.createDirectories(target.resolve(".git"));
    try (Stream<Path> files = Files.walk(corpus)) {
      files.forEach(from -> {
        Path to = target.resolve(corpus.relativize(from).toString());
        try {
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return target.resolve("luo-jin-shu");
  }

  /**
   * Applies regex replacements (pairs of pattern and replacement, each applied once) and fails
   * when a pattern does not match, so an edit that silently stops applying cannot pass.
   */
  static void edit(Path file, String... patternsAndReplacements) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (int i = 0; i < patternsAndReplacements.length; i += 2) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(patternsAndReplacements[i]).matcher(text);
      if (!m.find()) {
        throw new AssertionError(file + ": planted edit does not apply: " + patternsAndReplacements[i]);
      }
      text = m.replaceFirst(patternsAndReplacements[i + 1]);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Writes the docs root's {@code docsdk-overrides.json} (the parser's format) renaming one
   * action's wire name.
   */
  static void writeWireNameOverride(Path root, String action, String wireName) throws IOException {
    String json = "{\n  \"actions\": {\n    \"" + action + "\": { \"wireName\": \"" + wireName
        + "\" }\n  }\n}\n";
    Files.writeString(root.resolve("docsdk-overrides.json"), json, StandardCharsets.UTF_8);
  }
}
