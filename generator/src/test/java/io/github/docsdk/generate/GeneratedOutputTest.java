package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedOutputTest {

  @TempDir Path dir;

  private GenerateRequest request(Path resources) {
    return GenerateRequest.builder()
        .docsRoot(dir)
        .service("demo")
        .apiVersion("1")
        .basePackage("p")
        .sourceOutput(dir.resolve("src"))
        .resourceOutput(resources)
        .build();
  }

  private void write(Path root, String rel) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put(rel, "x".getBytes(StandardCharsets.UTF_8));
    OutputWriter.write(root, "demo", files);
  }

  @Test
  void isNotIntactBeforeAnyRun() throws IOException {
    assertThat(GeneratedOutput.intact(request(null))).isFalse();
  }

  @Test
  void isIntactWhileEveryRecordedFileExists() throws IOException {
    write(dir.resolve("src"), "p/A.java");
    write(dir.resolve("res"), "META-INF/docsdk/demo-1.json");

    assertThat(GeneratedOutput.intact(request(dir.resolve("res")))).isTrue();

    Files.delete(dir.resolve("src/p/A.java"));
    assertThat(GeneratedOutput.intact(request(dir.resolve("res")))).isFalse();
  }

  @Test
  void aMissingResourceOutputIsNotIntact() throws IOException {
    write(dir.resolve("src"), "p/A.java");
    assertThat(GeneratedOutput.intact(request(null))).isTrue();
    assertThat(GeneratedOutput.intact(request(dir.resolve("res")))).isFalse();
  }
}
