package io.github.docsdk.generate;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New staging files and folders named by the process id and a counter, never taken by another
 * run at the same time. {@code Files.createTempFile} and {@code createTempDirectory} would do, but
 * their first call seeds a {@code SecureRandom}: about 30 ms of a fresh generate process.
 */
final class StagingPaths {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private StagingPaths() {}

  /** A new empty folder {@code <prefix><pid>-<n>} in {@code dir}. */
  static Path createDirectory(Path dir, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(dir.resolve(name(prefix, "")));
      } catch (FileAlreadyExistsException e) {
        // left by an earlier process that had the same id: take the next number
      }
    }
  }

  /** A new empty file {@code <prefix><pid>-<n><suffix>} in {@code dir}. */
  static Path createFile(Path dir, String prefix, String suffix) throws IOException {
    while (true) {
      try {
        return Files.createFile(dir.resolve(name(prefix, suffix)));
      } catch (FileAlreadyExistsException e) {
        // as above
      }
    }
  }

  private static String name(String prefix, String suffix) {
    return prefix + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + suffix;
  }
}
