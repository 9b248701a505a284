package io.github.docsdk.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses an output folder that is, or holds, a symbolic link: writing through one would put
 * generated files (or delete stale ones) wherever the link points.
 */
public final class OutputLinks {

  private OutputLinks() {}

  /** A sentence naming the first symbolic link at or under {@code root}; empty when there is none. */
  public static Optional<String> problem(Path root) {
    if (root == null) {
      return Optional.empty();
    }
    if (Files.isSymbolicLink(root)) {
      return Optional.of(message(root, root));
    }
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    // Files.walk does not follow links, so a linked folder is seen as the link itself.
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isSymbolicLink).sorted().findFirst().map(link -> message(root, link));
    } catch (IOException | UncheckedIOException e) {
      return Optional.of("output folder " + root.toAbsolutePath() + " cannot be listed: " + e.getMessage());
    }
  }

  private static String message(Path root, Path link) {
    String what = link.equals(root) ? "output folder " + root.toAbsolutePath()
        : link.toAbsolutePath() + " inside output folder " + root.toAbsolutePath();
    return what + " is a symbolic link; docsdk never writes through one (replace it with a real folder)";
  }
}
