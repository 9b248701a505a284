package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.spec.ModelJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real parser and emitter over a small docs folder written for these tests. */
class GeneratorTest {

  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path dir;
  private Path docs;
  private Path sources;
  private Path resources;

  @BeforeEach
  void copyDocs() throws IOException, URISyntaxException {
    Path original = Path.of(GeneratorTest.class.getResource("widgets").toURI());
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
    sources = dir.resolve("out/src");
    resources = dir.resolve("out/res");
  }

  private GenerateRequest.Builder request() {
    return GenerateRequest.builder()
        .docsRoot(docs)
        .service("demo")
        .apiVersion("2023-01-01")
        .basePackage("com.example.demo")
        .sourceOutput(sources)
        .resourceOutput(resources);
  }

  private static Map<String, FileTime> snapshot(Path root) throws IOException {
    Map<String, FileTime> out = new TreeMap<>();
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
      }
    }
    return out;
  }

  private static void backdate(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, OLD);
      }
    }
  }

  @Test
  void writesTheNameLockIntoTheDocsAndOnlyWarnsWhenItCannot() throws IOException {
    GenerateResult first = Generator.generate(request().build());
    assertThat(first.outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    assertThat(docs.resolve("docsdk-lock.json")).content().startsWith("{\n  \"docsdkLock\": 1,");

    Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("docsdk-lock.json");
    GenerateResult r = Generator.generate(request().lockFile(blocked).build());
    assertThat(r.outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("LOCK_NOT_WRITTEN")).hasSize(1)
        .allMatch(d -> d.location().file().endsWith("not-a-folder/docsdk-lock.json"));
    assertThat(sources.resolve("com/example/demo/DemoClient.java")).isRegularFile();
  }

  @Test
  void generatesSourcesAndTheModelResource() throws IOException {
    GenerateResult result = Generator.generate(request().build());

    assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    assertThat(result.actions()).isEqualTo(2);
    assertThat(result.structures()).isGreaterThanOrEqualTo(1);
    assertThat(sources.resolve("com/example/demo/DemoClient.java")).isRegularFile();
    assertThat(sources.resolve("com/example/demo/model/DescribeWidgetsRequest.java")).isRegularFile();
    Path model = resources.resolve("META-INF/docsdk/demo-2023-01-01.json");
    assertThat(ModelJson.read(Files.readString(model)).operations())
        .extracting(o -> o.name())
        .containsExactly("DeleteWidget", "DescribeWidgets");
    int javaFiles = (int) snapshot(sources).keySet().stream().filter(f -> f.endsWith(".java")).count();
    assertThat(result.filesWritten()).isEqualTo(javaFiles + 1);
    assertThat(result.summary()).startsWith("docsdk: demo 2023-01-01: 2 actions, ");
  }

  @Test
  void anUnchangedSecondRunWritesNothing() throws IOException {
    GenerateResult first = Generator.generate(request().build());
    backdate(dir.resolve("out"));
    Map<String, FileTime> before = snapshot(dir.resolve("out"));

    GenerateResult second = Generator.generate(request().build());

    assertThat(second.filesWritten()).isZero();
    assertThat(second.filesRemoved()).isZero();
    assertThat(second.filesUnchanged()).isEqualTo(first.filesWritten());
    assertThat(snapshot(dir.resolve("out"))).isEqualTo(before);
  }

  @Test
  void deletingAPageRemovesWhatWasGeneratedFromIt() throws IOException {
    Generator.generate(request().build());
    assertThat(sources.resolve("com/example/demo/model/DeleteWidgetRequest.java")).exists();

    Files.delete(docs.resolve("actions/DeleteWidget.md"));
    GenerateResult result = Generator.generate(request().build());

    assertThat(result.filesRemoved()).isGreaterThanOrEqualTo(1);
    assertThat(sources.resolve("com/example/demo/model/DeleteWidgetRequest.java")).doesNotExist();
    assertThat(sources.resolve("com/example/demo/model/DescribeWidgetsRequest.java")).exists();
    assertThat(sources.resolve("com/example/demo/DemoClient.java")).content().doesNotContain("deleteWidget(");
  }

  @Test
  void errorsInTheDocsLeaveEarlierOutputUntouched() throws IOException {
    Generator.generate(request().build());
    backdate(dir.resolve("out"));
    Map<String, FileTime> before = snapshot(dir.resolve("out"));

    // The examples post to /api/v2/demo: configuring another service is an error in the build.
    GenerateResult result =
        Generator.generate(request().service("other").build());

    assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.FAILED_ERRORS);
    assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("SERVICE_MISMATCH"));
    assertThat(result.failureMessage()).contains("nothing was generated");
    assertThat(snapshot(dir.resolve("out"))).isEqualTo(before);
  }

  @Test
  void strictTurnsWarningsIntoAFailureBeforeWriting() throws IOException {
    Files.writeString(docs.resolve("actions/DescribeGadgets.md"), String.join("\n",
        "# DescribeGadgets", "", "## 1. 接口描述", "", "Lists gadgets.", "",
        "## 2. 请求参数", "", "| 参数名称 | 必选 | 类型 | 描述 |", "| --- | --- | --- | --- |",
        "| gadgetIds | 否 | Array of String | IDs. |", "",
        "## 3. 响应结果", "", "| 参数名称 | 类型 | 描述 |", "| --- | --- | --- |",
        "| requestId | String | Request ID. |", "| gadgets | Array of Gadget | Gadgets. |", ""));

    GenerateResult strict = Generator.generate(request().strict(true).build());

    assertThat(strict.outcome()).isEqualTo(GenerateResult.Outcome.FAILED_STRICT);
    assertThat(strict.warnings()).isPositive();
    assertThat(strict.diagnostics())
        .anySatisfy(d -> {
          assertThat(d.location().file()).isEqualTo("actions/DescribeGadgets.md");
          assertThat(d.location().line()).isEqualTo(18);
          assertThat(strict.formatAbsolute(d))
              .startsWith(docs.toAbsolutePath().resolve("actions/DescribeGadgets.md") + ":18:");
        });
    assertThat(sources).doesNotExist();

    GenerateResult lenient = Generator.generate(request().build());
    assertThat(lenient.outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    assertThat(lenient.warnings()).isEqualTo(strict.warnings());
  }

  @Test
  void prepareRendersButWritesNothingUntilWrite() throws IOException {
    Generator.Prepared prepared = Generator.prepare(request().build());
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(prepared.failed()).isFalse();

    GenerateResult result = prepared.write();

    assertThat(result.filesWritten()).isPositive();
    assertThatThrownBy(prepared::write).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void outputIsByteForByteDeterministic() throws IOException {
    Generator.generate(request().build());
    Generator.generate(request().sourceOutput(dir.resolve("again/src")).resourceOutput(dir.resolve("again/res")).build());

    List<String> differing = new ArrayList<>();
    for (String rel : snapshot(sources).keySet()) {
      if (Files.mismatch(sources.resolve(rel), dir.resolve("again/src").resolve(rel)) != -1) {
        differing.add(rel);
      }
    }
    assertThat(differing).isEmpty();
    assertThat(snapshot(dir.resolve("again/src")).keySet()).isEqualTo(snapshot(sources).keySet());
  }

  @Test
  void aMisconfiguredRequestFailsBeforeReading() {
    assertThatThrownBy(() -> Generator.generate(request().basePackage("com.example.3d").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'3d' is not a Java identifier");
  }

  @Test
  void lintWritesNothing() throws IOException {
    GenerateResult result = Generator.lint(docs, "demo", "1", null, false);
    assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.VALIDATED);
    assertThat(result.actions()).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void namesTheFilesOutsideTheDocsFolderThatTheModelWasReadFrom() throws IOException {
    Path common = Files.createDirectories(dir.resolve("shared")).resolve("errors.md");
    Files.writeString(common, String.join("\n", "# Common error codes", "", "## Error Codes", "",
        "| HTTP Status | Error Code | Description |", "| --- | --- | --- |",
        "| 500 | INTERNAL_SERVER_ERROR | The server failed. |", ""));
    Files.writeString(docs.resolve("actions/DescribeWidgets.md"),
        "\nOther codes: [common error codes](../../shared/errors.md)\n", StandardOpenOption.APPEND);

    GenerateResult result = Generator.generate(request().linkRoot(dir).build());

    assertThat(result.externalInputs()).containsExactly(common.toAbsolutePath().normalize());
    // without a link root holding it, the shared page is not read
    assertThat(Generator.generate(request().build()).externalInputs()).isEmpty();
  }

  @Test
  void aDocsFolderWithoutActionsIsReportedOnce() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "# Nothing here\n");

    GenerateResult result = Generator.generate(request().docsRoot(empty).build());

    assertThat(result.outcome()).isEqualTo(GenerateResult.Outcome.FAILED_ERRORS);
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("NO_ACTIONS")).hasSize(1);
    assertThat(sources).doesNotExist();
  }
}
