package io.github.docsdk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint is for the people who write the docs: its example checks read the docs as written, so a
 * correction in the overrides file changes the model but does not hide (or invent) what the
 * examples say against the tables. Each applied correction is a note at its entry.
 */
class LintBeforeOverridesTest {

  private static final String ZONES = "bmc/describezones.md";

  @Test
  void exampleChecksSeeTheDocsAsWrittenAndEveryCorrectionIsANote(@TempDir Path dir) throws IOException {
    Map<String, String> tree = LintTrees.with(ZONES, "{\"zoneId\": \"SEL-A\", \"status\": \"READY\"}",
        "{\"zoneId\": \"SEL-A\", \"status\": \"READY\", \"isHA\": true}");
    for (var page : tree.entrySet()) {
      Path file = dir.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue());
    }
    Path overrides = dir.resolve("corrections.json");
    Files.writeString(overrides, String.join("\n",
        "{",
        "  \"actions\": {",
        "    \"DescribeZones\": {",
        "      \"request\": {",
        "        \"instanceId\": {\"required\": true, \"why\": \"The service refuses calls without it.\"},",
        "        \"zoneIds\": {\"drop\": true, \"why\": \"The service ignores it.\"}",
        "      }",
        "    }",
        "  },",
        "  \"structures\": {",
        "    \"ZoneInfo\": {\"isHA\": {\"add\": true, \"type\": \"Boolean\", \"why\": \"Every reply carries it.\"}}",
        "  }",
        "}", ""));

    List<Diagnostic> found = DocsParser.parse(dir, new ParseOptions("bmc", "2022-11-20", overrides)).diagnostics();

    // The model is corrected ...
    List<String> applied = found.stream().filter(d -> d.code().equals("OVERRIDE_APPLIED"))
        .map(d -> d.location().line() + " " + d.severity().label() + " " + d.message()).collect(Collectors.toList());
    assertThat(applied).containsExactly(
        "5 note DescribeZones request.instanceId: required false -> true - why: The service refuses calls without it.",
        "6 note DescribeZones request.zoneIds dropped - why: The service ignores it.",
        "11 note structure ZoneInfo.isHA: added, type Boolean - why: Every reply carries it.");
    // ... and the examples are still checked against the tables the docs show.
    assertThat(found).filteredOn(d -> d.code().equals("EXAMPLE_KEY_NOT_IN_TABLE")).singleElement()
        .satisfies(d -> {
          assertThat(d.location().file()).isEqualTo(ZONES);
          assertThat(d.location().line()).isEqualTo(LintTrees.lineOf(tree, ZONES, "\"isHA\""));
          assertThat(d.message()).contains("\"isHA\"");
        });
    assertThat(found).extracting(Diagnostic::code)
        .as("the docs' table does not require instanceId, and it lists zoneIds")
        .doesNotContain("EXAMPLE_MISSING_REQUIRED");
    assertThat(found).filteredOn(d -> d.isWarning() || d.isError()).hasSize(1);
  }
}
