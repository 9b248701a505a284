package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.TestCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;
  private Path docs;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copyDocs() throws IOException {
    // the generator module's test docs (a folder, not a class-path resource of a jar)
    Path original = TestCorpus.repoRoot()
        .resolve("generator/src/test/resources/io/github/docsdk/generate/widgets");
    docs = dir.resolve("docs");
    try (Stream<Path> walk = Files.walk(original)) {
      for (Path p : walk.toList()) {
        Path target = docs.resolve(original.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private int run(String... args) {
    return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String[] args(String service, String... more) {
    List<String> all = new ArrayList<>(List.of("--docs", docs.toString(), "--service", service,
        "--api-version", "2023-01-01", "--package", "com.example.demo",
        "--out", dir.resolve("src").toString()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void generatesAndPrintsTheSummary() {
    int code = run(args("demo", "--resources", dir.resolve("res").toString()));

    assertThat(code).as(err()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("docsdk: demo 2023-01-01: 2 actions, ");
    assertThat(dir.resolve("src/com/example/demo/DemoClient.java")).isRegularFile();
    assertThat(dir.resolve("res/META-INF/docsdk/demo-2023-01-01.json")).isRegularFile();
  }

  @Test
  void keepsTheNameLockWhereToldAndAFrozenLockFailsWithALocatedMessage() throws IOException {
    Path lock = dir.resolve("locks/demo-lock.json");
    assertThat(run(args("demo", "--frozen-lock", "--lock", lock.toString()))).as(err()).isEqualTo(1);
    assertThat(err()).contains(": error: [LOCK_FROZEN] new name ").contains("does not exist");
    assertThat(lock).doesNotExist();
    assertThat(dir.resolve("src")).doesNotExist();

    assertThat(run(args("demo", "--lock", lock.toString()))).as(err()).isZero();
    assertThat(lock).content().startsWith("{\n  \"docsdkLock\": 1,").contains("\"request:DeleteWidget\"");
    assertThat(docs.resolve("docsdk-lock.json")).as("not the default place").doesNotExist();
    err.reset();
    assertThat(run(args("demo", "--frozen-lock", "--lock", lock.toString()))).as(err()).isZero();

    assertThat(run(args("demo", "--lock"))).isEqualTo(2);
    assertThat(err()).contains("--lock needs a value");
  }

  @Test
  void usageMistakesExitWithTwo() {
    assertThat(run("--docs", docs.toString())).isEqualTo(2);
    assertThat(err()).contains("missing --service").contains("usage: generate");
    assertThat(run(args("demo", "--colour"))).isEqualTo(2);
    assertThat(err()).contains("unknown argument '--colour'");
    assertThat(run(args("demo", "--resources"))).isEqualTo(2);
    assertThat(err()).contains("--resources needs a value");
  }

  @Test
  void configurationMistakesExitWithTwo() {
    int code = run("--docs", dir.resolve("nope").toString(), "--service", "demo",
        "--api-version", "1", "--package", "com.example.if", "--out", dir.resolve("src").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("does not exist").contains("'if' is not a Java identifier");
  }

  @Test
  void errorsInTheDocsExitWithOneAndAreLocated() {
    int code = run(args("other"));

    assertThat(code).isEqualTo(1);
    assertThat(err()).containsPattern(
        "\\Q" + docs.resolve("actions") + "\\E/DeleteWidget\\.md:\\d+:\\d+: error: \\[SERVICE_MISMATCH\\]");
    assertThat(dir.resolve("src")).doesNotExist();
  }

  @Test
  void strictFailsOnWarnings() throws IOException {
    Files.writeString(docs.resolve("actions/DescribeGadgets.md"), String.join("\n",
        "# DescribeGadgets", "", "## 2. 请求参数", "", "| 参数名称 | 必选 | 类型 | 描述 |",
        "| --- | --- | --- | --- |", "| gadgetIds | 否 | Array of Gadget | IDs. |", ""));

    assertThat(run(args("demo", "--strict"))).isEqualTo(1);
    assertThat(err()).contains(": warning: [").contains("strict mode is on");
    assertThat(dir.resolve("src")).doesNotExist();
    assertThat(run(args("demo"))).isZero();
  }
}
