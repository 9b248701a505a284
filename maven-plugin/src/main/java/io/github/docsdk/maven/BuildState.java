package io.github.docsdk.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful run of one execution recorded in {@code target/}: the fingerprint of
 * its inputs and its summary lines (repeated when the next run is skipped, so the log still says
 * what the SDK holds).
 *
 * @param fingerprint hex SHA-256
 * @param externalInputs files outside the docs folders that the last run read (shared pages),
 *     which the next fingerprint must cover too
 * @param summaries one summary line per service
 */
record BuildState(String fingerprint, List<Path> externalInputs, List<String> summaries) {

  private static final String FINGERPRINT = "fingerprint=";
  private static final String INPUT = "input=";

  BuildState {
    externalInputs = List.copyOf(externalInputs);
    summaries = List.copyOf(summaries);
  }

  static Optional<BuildState> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith(FINGERPRINT)) {
        return Optional.empty();
      }
      String fingerprint = lines.get(0).substring(FINGERPRINT.length());
      List<Path> inputs = new ArrayList<>();
      List<String> summaries = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith(INPUT)) {
          inputs.add(Path.of(line.substring(INPUT.length())));
        } else if (!line.isBlank()) {
          summaries.add(line);
        }
      }
      return Optional.of(new BuildState(fingerprint, inputs, summaries));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable state only costs one regeneration
    }
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder(FINGERPRINT).append(fingerprint).append('\n');
    externalInputs.forEach(p -> text.append(INPUT).append(p).append('\n'));
    summaries.forEach(s -> text.append(s).append('\n'));
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
