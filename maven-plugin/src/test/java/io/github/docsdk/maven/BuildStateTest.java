package io.github.docsdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

  @TempDir Path dir;

  @Test
  void roundTrips() throws IOException {
    Path file = dir.resolve("state/default.state");
    BuildState state = new BuildState("abc", List.of(dir.resolve("shared/errors.md")),
        List.of("docsdk: bmc 1: 2 actions", "docsdk: vm 2: 1 actions"));
    state.write(file);

    assertThat(BuildState.read(file)).contains(state);
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).hasSize(1); // no temp file left behind
    }
  }

  @Test
  void missingOrForeignFilesAreNoState() throws IOException {
    assertThat(BuildState.read(dir.resolve("none"))).isEmpty();
    assertThat(BuildState.read(Files.writeString(dir.resolve("x"), "hello\n"))).isEmpty();
  }
}
