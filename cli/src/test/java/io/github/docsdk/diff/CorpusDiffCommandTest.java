package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.cli.DiffCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff command on a copy of the shared bmc docs with the changes {@link CorpusDiffTest} plants. */
class CorpusDiffCommandTest {

  @TempDir Path tmp;

  @Test
  void theCliFailsOnThePlantedBreakingChanges() throws IOException {
    Path corpus = CorpusCopy.corpusRoot();
    assumeTrue(corpus != null,
        "shared corpus not found at <repo root>/../shared/corpus/zenlayer-docs: corpus tests skipped");
    Path oldRoot = CorpusCopy.copy(corpus, tmp.resolve("cli-old"));
    Path newRoot = CorpusCopy.copy(corpus, tmp.resolve("cli-new"));
    CorpusDiffTest.plantOneChangeOfEachKind(newRoot);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = DiffCommand.run(
        new String[] {oldRoot.toString(), newRoot.toString(), "--service", "bmc", "--api-version",
            "2022-11-20", "--json", "--fail-on-breaking"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.path("summary").path("breaking").asInt()).isEqualTo(7);
    assertThat(json.path("summary").path("risky").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("compatible").asInt()).isEqualTo(2);
  }
}
