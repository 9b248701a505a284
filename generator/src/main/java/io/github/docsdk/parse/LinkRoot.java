package io.github.docsdk.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that links and symbolic links in the docs may lead into: given, else the top of the
 * git work tree holding the docs folder (so links between a docs repository's products and to its
 * common pages keep working), else the docs folder itself. Files are compared by real path, so a
 * symlink inside the root that points out of it is outside.
 */
final class LinkRoot {
  private final Path real;

  private LinkRoot(Path real) {
    this.real = real;
  }

  /**
   * @throws UncheckedIOException when a given root is not a folder or does not hold the docs folder
   *     (every link out of the docs would be refused, and none of the docs' own pages is inside it)
   */
  static LinkRoot of(Path docsRoot, Path given) {
    Path start = given != null ? given : gitTop(docsRoot);
    LinkRoot root = new LinkRoot(realPath(start.toAbsolutePath().normalize()));
    if (given != null && !Files.isDirectory(given)) {
      throw new UncheckedIOException(new IOException("link root " + given + " is not a folder"));
    }
    if (given != null && !root.contains(docsRoot)) {
      throw new UncheckedIOException(new IOException("link root " + given + " does not hold the docs folder "
          + docsRoot));
    }
    return root;
  }

  /** Whether the file, with every symbolic link resolved, lies inside the root. */
  boolean contains(Path file) {
    try {
      return file.toRealPath().startsWith(real);
    } catch (IOException | RuntimeException e) {
      return false; // a dangling link or an unreadable path: not something to read
    }
  }

  private static Path gitTop(Path docsRoot) {
    for (Path p = docsRoot.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return docsRoot;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  @Override
  public String toString() {
    return real.toString();
  }
}
