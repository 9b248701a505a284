package it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs in each of the IT's two builds and appends the timestamps of everything generated and
 * compiled to target/times/run-N.txt; verify.groovy compares the runs.
 */
class RecordTimesTest {

  @Test
  void recordTimes() throws IOException {
    Path target = Path.of("target");
    Path times = Files.createDirectories(target.resolve("times"));
    int run;
    try (Stream<Path> existing = Files.list(times)) {
      run = (int) existing.count() + 1;
    }
    List<String> lines;
    try (Stream<Path> files =
        Stream.of("generated-sources/docsdk", "generated-resources/docsdk", "classes")
            .map(target::resolve)
            .flatMap(RecordTimesTest::walk)) {
      lines = files.filter(Files::isRegularFile).map(RecordTimesTest::line).sorted().collect(Collectors.toList());
    }
    assertFalse(lines.isEmpty(), "something was generated");
    Files.write(times.resolve("run-" + run + ".txt"), lines, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW);
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String line(Path file) {
    try {
      return file + " " + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
