package io.github.docsdk.generate;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.lock.LockChange;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writing the name lock, and what a frozen lock refuses. */
final class LockFile {

  private LockFile() {}

  /**
   * Writes the lock when its text changes (a no-op run touches nothing), through a temporary file
   * moved into place so a reader never sees half a lock.
   */
  static boolean write(Path file, NameLock lock) throws IOException {
    byte[] bytes = lock.toJson().getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = StagingPaths.createFile(dir, ".docsdk-lock", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return true;
  }

  /** The warning for a lock that could not be written (e.g. docs on a read-only file system). */
  static Diagnostic notWritten(GenerateRequest request, IOException e) {
    return DiagnosticCode.LOCK_NOT_WRITTEN.at(SourceLocation.of(shown(request), 1, 1),
        "the name lock could not be written: " + e, "sources generated; the names are not recorded, so a later run"
            + " may choose others (give a writable --lock / lockFile)");
  }

  /** The lock file as diagnostics name it: relative to the docs folder when inside it. */
  private static String shown(GenerateRequest request) {
    Path file = request.effectiveLockFile().toAbsolutePath().normalize();
    Path docs = request.docsRoot().toAbsolutePath().normalize();
    return (file.startsWith(docs) ? docs.relativize(file) : file).toString().replace('\\', '/');
  }

  /** One error per entry the run would change, at the element in the docs when known. */
  static List<Diagnostic> frozenErrors(GenerateRequest request, LockSession lock) {
    Path file = request.effectiveLockFile().toAbsolutePath().normalize();
    String shown = shown(request);
    List<Diagnostic> out = new ArrayList<>();
    boolean missing = !Files.isRegularFile(file);
    for (LockChange c : lock.changes()) {
      SourceLocation at = c.at() != null ? c.at() : SourceLocation.of(shown, 1, 1);
      out.add(DiagnosticCode.LOCK_FROZEN.at(at, c.describe() + (missing ? " (" + shown + " does not exist)" : ""),
          "nothing generated; run without --frozen-lock (docsdk.frozenLock) to update " + shown));
    }
    return out;
  }
}
