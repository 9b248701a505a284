package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.parse.TestCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --format json|sarif}, {@code --fix}, rule levels and repeated notes, end to end. */
class LintFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A page with a bold error row, two empty rows, the old action header and a fullwidth comma. */
  private static Path brokenDocs(Path temp) throws IOException {
    Path docs = Files.createDirectories(temp.resolve("bmc"));
    Files.writeString(docs.resolve("describezones.md"), """
        # DescribeZones

        ## 2. 请求参数

        | 参数名称 | 必选 | 类型 | 描述 |
        | --- | --- | --- | --- |
        | zoneId | 否 | String | 可用区 ID。 |
        |  |  |  |  |
        |  |  |  |  |

        ## 3. 响应结果

        | 参数名称 | 类型 | 描述 |
        | --- | --- | --- |
        | requestId | String | 请求 ID。 |
        | zoneName | String | 名称。 |

        ## 4. 代码示例

        ```json
        POST / HTTP/1.1
        Host: console.zenlayer.com/api/v2/bmc
        X-TC-Action: DescribeZones

        Request:
        {
          "zoneId": "SEL-A"
        }

        Response:
        {
          "requestId": "T1"，
          "response": {"requestId": "T1", "zoneName": "首尔，A 区：一号"}
        }
        ```

        ## 6. 错误码

        | HTTP状态码 | 错误码 | 说明 |
        | --- | --- | --- |
        | **404** | **INVALID_ZONE** | 可用区不存在。 |
        """, StandardCharsets.UTF_8);
    return docs;
  }

  @Test
  void sarifCarriesRulesAndLocatedResults(@TempDir Path temp) throws IOException {
    Path docs = brokenDocs(temp);
    Run lint = run("lint", docs.toString(), "--format", "sarif");
    assertThat(lint.code()).as(lint.err()).isZero();
    JsonNode log = JSON.readTree(lint.out());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules.size()).isEqualTo(DiagnosticCode.values().length);
    assertThat(rules.get(0).path("id").asText()).isEqualTo(DiagnosticCode.values()[0].name());
    assertThat(rules.get(0).path("shortDescription").path("text").asText()).isNotBlank();
    assertThat(rules.get(0).path("help").path("text").asText()).isNotBlank();
    JsonNode results = run.path("results");
    assertThat(results.size()).isGreaterThan(3);
    List<String> located = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode where = r.path("locations").get(0).path("physicalLocation");
      assertThat(r.path("level").asText()).isIn("note", "warning", "error");
      assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
      located.add(r.path("ruleId").asText() + "@" + where.path("artifactLocation").path("uri").asText() + ":"
          + where.path("region").path("startLine").asInt() + ":" + where.path("region").path("startColumn").asInt());
    }
    assertThat(located).contains("BOLD_IN_ERROR_ROW@describezones.md:41:1", "EMPTY_ROW@describezones.md:8:1",
        "EMPTY_ROW@describezones.md:9:1");
    assertThat(run.path("originalUriBaseIds").path("DOCSROOT").path("uri").asText())
        .isEqualTo(docs.toAbsolutePath().normalize().toUri().toString());
  }

  @Test
  void jsonListsEveryFinding(@TempDir Path temp) throws IOException {
    Path docs = brokenDocs(temp);
    JsonNode list = JSON.readTree(run("lint", docs.toString(), "--format=json").out()).path("diagnostics");
    assertThat(list.size()).isGreaterThan(3);
    assertThat(list).anySatisfy(d -> {
      assertThat(d.path("code").asText()).isEqualTo("EXAMPLE_OLD_ACTION_HEADER");
      assertThat(d.path("file").asText()).isEqualTo("describezones.md");
      assertThat(d.path("line").asInt()).isEqualTo(23);
      assertThat(d.path("severity").asText()).isEqualTo("warning");
    });
  }

  @Test
  void repeatedNotesPrintOnceWithACount(@TempDir Path temp) throws IOException {
    Run lint = run("lint", brokenDocs(temp).toString());
    Matcher rows = Pattern.compile("(?m)^describezones\\.md:\\d+:\\d+: note: \\[EMPTY_ROW\\].*$").matcher(lint.err());
    assertThat(rows.find()).as(lint.err()).isTrue();
    assertThat(rows.group()).startsWith("describezones.md:8:1:").endsWith("(and 1 more on this page)");
    assertThat(rows.find()).as("the second empty row is counted, not printed").isFalse();
  }

  @Test
  void rulesBesideTheDocsChangeLevels(@TempDir Path temp) throws IOException {
    Path docs = brokenDocs(temp);
    assertThat(run("lint", docs.toString(), "--strict").code()).isEqualTo(1); // warnings present
    Files.writeString(docs.resolve("docsdk-lint.json"), """
        {"rules": {"EXAMPLE_OLD_ACTION_HEADER": "off", "EXAMPLE_INVALID_JSON": "note", "EMPTY_ROW": "error"}}
        """);
    Run lint = run("lint", docs.toString());
    assertThat(lint.err()).doesNotContain("EXAMPLE_OLD_ACTION_HEADER")
        .contains("note: [EXAMPLE_INVALID_JSON]")
        .contains("describezones.md:8:1: error: [EMPTY_ROW]")
        .contains("describezones.md:9:1: error: [EMPTY_ROW]");
    assertThat(lint.code()).isEqualTo(1);
    Files.writeString(docs.resolve("docsdk-lint.json"), "{\"rules\": {\"NO_SUCH_CODE\": \"off\", \"EMPTY_ROW\": \"loud\"}}");
    Run bad = run("lint", docs.toString());
    assertThat(bad.err()).contains("docsdk-lint.json:1:12: error: [LINT_CONFIG_INVALID] unknown code \"NO_SUCH_CODE\"")
        .contains("[LINT_CONFIG_INVALID] level of EMPTY_ROW must be off, note, warning or error");
  }

  @Test
  void strictFailsOnWarningsNeverOnNotes(@TempDir Path temp) throws IOException {
    Path docs = brokenDocs(temp);
    Files.writeString(docs.resolve("docsdk-lint.json"), """
        {"rules": {"EXAMPLE_OLD_ACTION_HEADER": "note", "EXAMPLE_INVALID_JSON": "note"}}
        """);
    Run lint = run("lint", docs.toString(), "--strict");
    assertThat(lint.err()).contains(" 0 warnings").contains("note: [BOLD_IN_ERROR_ROW]");
    assertThat(lint.code()).as(lint.err()).isZero();
  }

  @Test
  void fixIsAPatchThatGitAppliesAndThatLeavesNothingToFix(@TempDir Path temp) throws Exception {
    Path docs = brokenDocs(temp);
    String before = Files.readString(docs.resolve("describezones.md"));
    Run fix = run("lint", docs.toString(), "--fix");
    assertThat(fix.code()).as(fix.err()).isZero();
    assertThat(fix.out()).startsWith("--- a/describezones.md\n+++ b/describezones.md\n")
        .contains("-X-TC-Action: DescribeZones\n+X-ZC-Action: DescribeZones\n")
        .contains("+| 404 | INVALID_ZONE | 可用区不存在。 |\n")
        .contains("+  \"requestId\": \"T1\",\n");
    Path patch = temp.resolve("fix.patch");
    Files.writeString(patch, fix.out(), StandardCharsets.UTF_8);
    Process git = new ProcessBuilder("git", "apply", "--verbose", patch.toString())
        .directory(docs.toFile()).redirectErrorStream(true).start();
    String gitOut = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(git.exitValue()).as(gitOut).isZero();
    String after = Files.readString(docs.resolve("describezones.md"));
    assertThat(after).isNotEqualTo(before)
        .contains("\"zoneName\": \"首尔，A 区：一号\"") // strings are never touched
        .contains("|  |  |  |  |"); // nor is anything no fix is about
    Run again = run("lint", docs.toString());
    assertThat(again.err()).doesNotContain("EXAMPLE_OLD_ACTION_HEADER", "BOLD_IN_ERROR_ROW", "EXAMPLE_INVALID_JSON");
    assertThat(run("lint", docs.toString(), "--fix").out()).isEmpty();
  }

  @Test
  void fixWriteCorrectsInPlace(@TempDir Path temp) throws IOException {
    Path docs = brokenDocs(temp);
    Run fix = run("lint", docs.toString(), "--fix=write");
    assertThat(fix.code()).isZero();
    assertThat(fix.out()).isEmpty();
    assertThat(Files.readString(docs.resolve("describezones.md"))).contains("X-ZC-Action: DescribeZones")
        .doesNotContain("**404**");
  }

  @Test
  void fixRefusesAPageWhoseFileLiesOutsideTheDocsFolder(@TempDir Path temp) throws IOException {
    String broken = Files.readString(brokenDocs(temp).resolve("describezones.md"));
    Path top = temp.resolve("top"); // the link root: the link's target is inside it, so the page is read
    Path outside = Files.writeString(Files.createDirectories(top.resolve("shared")).resolve("describezones.md"), broken);
    Path docs = Files.createDirectories(top.resolve("docs"));
    Path link = Files.createSymbolicLink(docs.resolve("describezones.md"), Path.of("../shared/describezones.md"));
    String other = broken.replace("DescribeZones", "DescribeZoneSet");
    Path inside = Files.writeString(docs.resolve("describezoneset.md"), other);
    for (String mode : List.of("--fix=write", "--fix")) {
      Run fix = run("lint", docs.toString(), "--link-root", top.toString(), mode);
      assertThat(fix.code()).as(fix.err()).isEqualTo(1);
      assertThat(fix.out()).as("no patch either").isEmpty();
      assertThat(fix.err()).containsPattern("(?m)^describezones\\.md:\\d+:\\d+: error: \\[FIX_OUTSIDE_DOCS\\]"
              + " describezones\\.md is \\S*/top/shared/describezones\\.md, outside the docs folder \\S*/top/docs ")
          .containsOnlyOnce("FIX_OUTSIDE_DOCS");
      assertThat(Files.readString(outside)).as("nothing written through the link").isEqualTo(broken);
      assertThat(Files.readString(inside)).as("nothing written at all").isEqualTo(other);
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void fixWriteCorrectsALinkedPageInsideTheDocsFolderWhereItLies(@TempDir Path temp) throws IOException {
    Path docs = brokenDocs(temp);
    Path target = Files.move(docs.resolve("describezones.md"),
        Files.createDirectories(docs.resolve("pages")).resolve("describezones.md"));
    Path link = Files.createSymbolicLink(docs.resolve("zones.md"), Path.of("pages/describezones.md"));
    Run patch = run("lint", docs.toString(), "--fix");
    assertThat(patch.out()).as("one file, one patch").containsOnlyOnce("--- a/pages/describezones.md\n")
        .doesNotContain("a/zones.md");
    Run fix = run("lint", docs.toString(), "--fix=write");
    assertThat(fix.code()).as(fix.err()).isZero();
    assertThat(Files.readString(target)).contains("X-ZC-Action: DescribeZones").doesNotContain("**404**");
    assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
  }

  @Test
  void unknownFormatIsAUsageError(@TempDir Path temp) throws IOException {
    assertThat(run("lint", brokenDocs(temp).toString(), "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void sharedCorpusSarifIsLocatedInsideTheDocs() throws IOException {
    JsonNode results = JSON.readTree(run("lint", TestCorpus.luoJinShu().toString(), "--format", "sarif",
        "--link-root", TestCorpus.linkRoot().toString()).out())
        .path("runs").get(0).path("results");
    assertThat(results.size()).isGreaterThan(50);
    for (JsonNode r : results) {
      String uri = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
      assertThat(uri).doesNotStartWith("/").doesNotContain("\\");
    }
  }
}
