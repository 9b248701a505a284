package io.github.docsdk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/diagnostics.md} is the catalogue, rendered: the two never drift apart. */
class DiagnosticsDocTest {

  private static final String UPDATE = "docsdk.updateDocs";

  @Test
  void docsPageIsRenderedFromTheCatalogue() throws IOException {
    Path page = TestCorpus.repoRoot().resolve("docs/diagnostics.md");
    String rendered = DiagnosticsDoc.render();
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(page, rendered, StandardCharsets.UTF_8);
    }
    String written = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    assertThat(written)
        .as("docs/diagnostics.md is out of date with DiagnosticCode; regenerate it with"
            + " ./mvnw -o -q -pl generator -Dtest=DiagnosticsDocTest -D" + UPDATE + "=true test")
        .isEqualTo(rendered);
  }

  @Test
  void everyCodeIsListedAsCodeWithAnExample() {
    String rendered = DiagnosticsDoc.render();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      assertThat(rendered).contains("| `" + c.name() + "` | " + c.severity().label() + " |");
      assertThat(c.meaning()).as(c + " meaning").isNotBlank();
      assertThat(c.handling()).as(c + " handling").isNotBlank();
      assertThat(c.example()).as(c + " example").isNotBlank();
      assertThat(c.meaning() + c.handling()).as(c + " keeps to one line").doesNotContain("\n");
    }
  }
}
