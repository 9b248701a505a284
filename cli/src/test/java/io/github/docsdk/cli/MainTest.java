package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.TestCorpus;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Service;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} and {@code model}: output streams and exit codes. */
class MainTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void lintOfTheSharedDocsPassesUnlessStrict() {
    String docs = TestCorpus.luoJinShu().toString();
    Run lint = run("lint", docs, "--link-root", TestCorpus.linkRoot().toString());
    assertThat(lint.code()).as(lint.err()).isZero();
    assertThat(lint.out()).isEmpty();
    assertThat(lint.err()).contains("bmc/describezones.md:24:14: warning: [UNDEFINED_TYPE]")
        .contains("69 actions");
    assertThat(run("lint", docs, "--strict", "--link-root", TestCorpus.linkRoot().toString()).code()).isEqualTo(1);
  }

  @Test
  void linksOutOfTheDocsFolderAreFollowedOnlyInsideTheLinkRoot() {
    String docs = TestCorpus.luoJinShu().toString();
    Run alone = run("lint", docs);
    assertThat(alone.err()).contains("warning: [LINK_OUTSIDE_ROOT] the link to the common error codes page "
        + "../api-introduction/instruction/commonerrorcode.md leads outside the link root");
    Run rooted = run("lint", docs, "--link-root", TestCorpus.linkRoot().toString());
    assertThat(rooted.err()).doesNotContain("LINK_OUTSIDE_ROOT");
  }

  @Test
  void modelPrintsEveryActionAsJson() {
    Run model = run("model", TestCorpus.luoJinShu().toString(), "--service", "bmc", "--api-version", "2023-01-01",
        "--link-root", TestCorpus.linkRoot().toString());
    assertThat(model.code()).isZero();
    Service s = ModelJson.read(model.out());
    assertThat(s.name()).isEqualTo("bmc");
    assertThat(s.apiVersion()).isEqualTo("2023-01-01");
    assertThat(s.operations()).hasSize(69);
    assertThat(s.structures()).hasSizeGreaterThan(30);
  }

  @Test
  void defaultsAreTheFolderNameAndTheDefaultApiVersion(@TempDir Path temp) throws IOException {
    Path docs = Files.createDirectories(temp.resolve("vm"));
    Files.writeString(docs.resolve("a.md"), "# StartThing\n\n## Request Parameters\n\n| Parameter | Required | Type | Description |\n"
        + "| --- | --- | --- | --- |\n| id | Yes | Strnig | ID. |\n");
    Run model = run("model", docs.toString());
    Service s = ModelJson.read(model.out());
    assertThat(s.name()).isEqualTo("vm");
    assertThat(s.apiVersion()).isEqualTo("2022-11-20");
    assertThat(model.err()).contains("a.md:7:").contains("[UNDEFINED_TYPE]");
  }

  @Test
  void errorsInTheDocsExitWithOne(@TempDir Path temp) throws IOException {
    Path docs = Files.createDirectories(temp.resolve("x"));
    Files.writeString(docs.resolve("a.md"), "# StartThing\n\n## Request Parameters\n\nnone\n");
    // an entry for an action these docs lack is only a note: one corrections file serves many trees
    Files.writeString(docs.resolve("docsdk-overrides.json"), "{ \"actions\": { \"Nope\": {} } }");
    Run skipped = run("lint", docs.toString());
    assertThat(skipped.code()).isZero();
    assertThat(skipped.err()).contains("docsdk-overrides.json:1:16: note: [OVERRIDE_UNKNOWN_ACTION]");

    Files.writeString(docs.resolve("docsdk-overrides.json"),
        "{ \"actions\": { \"StartThing\": { \"request\": { \"nope\": { \"drop\": true } } } } }");
    Run lint = run("lint", docs.toString());
    assertThat(lint.code()).isEqualTo(1);
    assertThat(lint.err()).containsPattern("docsdk-overrides\\.json:1:\\d+: error: \\[OVERRIDE_UNKNOWN_MEMBER\\]");
  }

  @Test
  void aFolderWithoutActionsIsAnError(@TempDir Path temp) throws IOException {
    Files.writeString(temp.resolve("readme.md"), "# Hello\n\nNothing here.\n");
    Run lint = run("lint", temp.toString());
    assertThat(lint.code()).isEqualTo(1);
    assertThat(lint.err()).contains("error: [NO_ACTIONS]");
  }

  @Test
  void usageAndIoProblemsExitWithTwo(@TempDir Path temp) {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("lint").code()).isEqualTo(2);
    assertThat(run("lint", temp.resolve("missing").toString()).code()).isEqualTo(2);
    assertThat(run("lint", temp.toString(), "--bogus").code()).isEqualTo(2);
    assertThat(run("model", temp.toString(), "--service").code()).isEqualTo(2);
    assertThat(run("frobnicate").err()).contains("unknown command");
    assertThat(run("--help").code()).isZero();
  }
}
