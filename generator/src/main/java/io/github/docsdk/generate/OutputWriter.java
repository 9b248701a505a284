package io.github.docsdk.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Brings one output root in line with a set of rendered files, for one owner (a service).
 *
 * <p>Changed files are first written in full to a staging folder next to the root (same file
 * system), then each is moved over its target atomically (on a first run, with no root yet, the
 * staging folder becomes the root in one rename), so a reader never sees a half-written file and a
 * failure while writing the staging copy leaves the output as it was. Files whose bytes
 * are already right are not touched, so their timestamps stay and nothing downstream recompiles.
 * What the owner generated last time is listed in {@code .docsdk/<owner>.files} under the root;
 * listed files that are no longer generated are removed. Several owners can share a root (several
 * services in one folder): each only ever removes its own files.
 */
final class OutputWriter {

  static final String STATE_DIR = ".docsdk";

  /** What changed on disk. */
  record Change(int written, int removed, int unchanged) {
    Change plus(Change other) {
      return new Change(
          written + other.written, removed + other.removed, unchanged + other.unchanged);
    }
  }

  private OutputWriter() {}

  /**
   * @param root output root (created when missing)
   * @param owner manifest name, e.g. the service name
   * @param files relative path (with {@code /}) to bytes
   */
  static Change write(Path root, String owner, SortedMap<String, byte[]> files) throws IOException {
    Path manifest = root.resolve(STATE_DIR).resolve(owner + ".files");
    Set<String> previous = readManifest(manifest);
    List<String> changed = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = resolve(root, file.getKey());
      if (Files.isRegularFile(target) && sameBytes(target, file.getValue())) {
        unchanged++;
      } else {
        changed.add(file.getKey());
      }
    }
    Set<String> stale = new TreeSet<>(previous);
    stale.removeAll(files.keySet());
    byte[] manifestBytes = manifestBytes(files.keySet());
    boolean manifestChanged =
        !(Files.isRegularFile(manifest) && sameBytes(manifest, manifestBytes));
    if (changed.isEmpty() && stale.isEmpty() && !manifestChanged) {
      return new Change(0, 0, unchanged);
    }

    Path parent = root.toAbsolutePath().getParent();
    boolean fresh = Files.notExists(root, LinkOption.NOFOLLOW_LINKS);
    Files.createDirectories(fresh ? parent : root);
    String stagingPrefix = "." + root.getFileName() + "-" + owner + "-staging-";
    removeLeftoverStaging(parent, stagingPrefix);
    Path staging = StagingPaths.createDirectory(parent, stagingPrefix);
    try {
      Set<Path> made = new HashSet<>();
      for (String rel : changed) {
        Path staged = resolve(staging, rel);
        createDirectories(made, staged.getParent());
        Files.write(staged, files.get(rel));
      }
      Path stagedManifest = staging.resolve(STATE_DIR).resolve(owner + ".files");
      createDirectories(made, stagedManifest.getParent());
      Files.write(stagedManifest, manifestBytes);
      // Everything is rendered; only now does the output change.
      if (fresh && moveWhole(staging, root)) {
        return new Change(changed.size(), 0, unchanged);
      }
      for (String rel : changed) {
        moveInto(resolve(staging, rel), resolve(root, rel));
      }
      int removed = 0;
      for (String rel : stale) {
        Path target = resolve(root, rel);
        if (Files.deleteIfExists(target)) {
          removed++;
        }
        pruneEmptyParents(root, target.getParent());
      }
      moveInto(stagedManifest, manifest);
      return new Change(changed.size(), removed, unchanged);
    } finally {
      deleteTree(staging);
    }
  }

  /** The files an owner wrote last time, as listed in its manifest; empty when there is none. */
  static Set<String> readManifest(Path manifest) throws IOException {
    Set<String> out = new TreeSet<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        String rel = line.strip();
        // Never follow a hand-edited manifest out of the root.
        if (!rel.isEmpty() && !rel.startsWith("#") && isSafeRelative(rel)) {
          out.add(rel);
        }
      }
    }
    return out;
  }

  private static byte[] manifestBytes(Set<String> paths) {
    StringBuilder text = new StringBuilder("# files generated by docsdk; stale ones are removed\n");
    new TreeSet<>(paths).forEach(p -> text.append(p).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static boolean isSafeRelative(String rel) {
    if (rel.startsWith("/") || rel.contains("\\") || rel.contains(":")) {
      return false;
    }
    for (String part : rel.split("/")) { // a loop, not a stream: called once per file, cold
      if (part.isEmpty() || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static Path resolve(Path root, String rel) {
    if (!isSafeRelative(rel)) {
      throw new IllegalArgumentException("not a safe relative path: " + rel);
    }
    return root.resolve(rel);
  }

  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /**
   * A first run (no output root yet) renames the whole staging folder into place: one rename
   * instead of one per file. False when that fails (say the root appeared meanwhile): the caller
   * then moves file by file.
   */
  private static boolean moveWhole(Path staging, Path root) {
    try {
      Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Files.createDirectories once per folder: on a folder that exists it throws and catches inside. */
  private static void createDirectories(Set<Path> made, Path dir) throws IOException {
    if (made.add(dir)) {
      Files.createDirectories(dir);
    }
  }

  private static void moveInto(Path staged, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void pruneEmptyParents(Path root, Path dir) throws IOException {
    Path stop = root.toAbsolutePath().normalize();
    Path current = dir.toAbsolutePath().normalize();
    while (current != null && current.startsWith(stop) && !current.equals(stop)) {
      try {
        Files.deleteIfExists(current);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      current = current.getParent();
    }
  }

  /** A killed run can leave its staging folder behind; the next run of the same owner clears it. */
  private static void removeLeftoverStaging(Path parent, String prefix) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        deleteTree(p);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
