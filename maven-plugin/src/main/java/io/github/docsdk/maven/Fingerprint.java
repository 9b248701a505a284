package io.github.docsdk.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over everything that decides the generated output: every file under each docs folder
 * (by sorted relative path, then content), the overrides files, the configuration and the plugin
 * build. Equal fingerprints mean a run would write the same bytes, so it can be skipped.
 *
 * <p>Each part is written with its length first, so that no two different inputs can run
 * together into the same byte stream.
 */
final class Fingerprint {

  private final MessageDigest digest;
  private final byte[] buffer = new byte[64 * 1024];

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static Fingerprint start(String formatTag) {
    return new Fingerprint().text(formatTag);
  }

  /** Adds a configuration value; null is distinct from every string. */
  Fingerprint text(String value) {
    if (value == null) {
      digest.update((byte) 0);
      return this;
    }
    digest.update((byte) 1);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    length(bytes.length);
    digest.update(bytes);
    return this;
  }

  /** Adds a file's content, or a marker for a missing file. */
  Fingerprint file(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return text(null);
    }
    digest.update((byte) 2);
    length(Files.size(file));
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return this;
  }

  /**
   * Adds every regular file under {@code root}: its path relative to root, then its content.
   * Hidden files and folders ({@code .git}, {@code .gitbook}, editor droppings) are skipped, as the
   * parser skips them, so a {@code git fetch} inside a docs checkout does not force a rebuild.
   */
  Fingerprint tree(Path root) throws IOException {
    return tree(root, null);
  }

  /** As {@link #tree(Path)}, leaving out one file (the name lock, which a run itself writes). */
  Fingerprint tree(Path root, Path except) throws IOException {
    Path skipped = except == null ? null : except.toAbsolutePath().normalize();
    List<String> relative = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !hidden(file) && !file.toAbsolutePath().normalize().equals(skipped)) {
          relative.add(root.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    relative.sort(null);
    length(relative.size());
    for (String rel : relative) {
      text(rel);
      file(root.resolve(rel));
    }
    return this;
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void length(long n) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      digest.update((byte) (n >>> shift));
    }
  }
}
