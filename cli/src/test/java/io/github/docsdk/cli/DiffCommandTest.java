package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.diff.ModelLoader;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.TypeRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  @TempDir Path tmp;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  private final List<String> parsedServices = new ArrayList<>();
  private Path oldModel;
  private Path compatible;
  private Path breaking;

  /** Parses any folder into the "old" model, renamed as asked: stands in for the docs parser. */
  private final ModelLoader loader =
      new ModelLoader((dir, options) -> {
        parsedServices.add(options.service() + " " + options.apiVersion());
        Service s = service(false, false);
        return new ParseResult(
            new Service(options.service(), options.apiVersion(), s.operations(), s.shapes(),
                s.commonErrors()),
            options.service().equals("broken")
                ? List.of(io.github.docsdk.spec.Diagnostic.error(SourceLocation.of("x.md", 3, 1),
                    "NO_TABLE", "no request table", "action skipped"))
                : List.of());
      });

  private static Service service(boolean extraMember, boolean dropMember) {
    List<Member> request = new ArrayList<>();
    if (!dropMember) {
      request.add(new Member("zoneId", TypeRef.STRING, false, "", SourceLocation.of("a.md", 5, 1)));
    }
    if (extraMember) {
      request.add(new Member("name", TypeRef.STRING, false, "", SourceLocation.of("a.md", 6, 1)));
    }
    Operation op = new Operation("DescribeZones", null, "", List.of(), request, List.of(),
        List.of(), List.of(), SourceLocation.of("a.md", 1, 1));
    return new Service("bmc", "2022-11-20", List.of(op), List.of(), List.of());
  }

  @BeforeEach
  void models() throws Exception {
    oldModel = write("old.json", service(false, false));
    compatible = write("compatible.json", service(true, false));
    breaking = write("breaking.json", service(false, true));
  }

  private Path write(String name, Service s) throws Exception {
    return Files.writeString(tmp.resolve(name), ModelJson.write(s));
  }

  private int run(String... args) {
    return DiffCommand.run(args, out, err, loader);
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsMarkdownAndExitsZero() {
    assertThat(run(oldModel.toString(), compatible.toString(), "--previous-version", "1.0.0"))
        .isEqualTo(0);
    assertThat(out()).contains("0 breaking, 0 risky, 1 compatible change.")
        .contains("member added `DescribeZones.request.name`")
        .contains("**1.1.0**");
    assertThat(err()).isEmpty();
  }

  @Test
  void failOnBreakingExitsOneOnlyWhenSomethingBreaks() {
    assertThat(run(oldModel.toString(), breaking.toString(), "--fail-on-breaking")).isEqualTo(1);
    assertThat(out()).contains("**1 breaking**").contains("member removed `DescribeZones.request.zoneId`");
    outBytes.reset();
    assertThat(run(oldModel.toString(), compatible.toString(), "--fail-on-breaking")).isEqualTo(0);
    assertThat(run(oldModel.toString(), breaking.toString())).isEqualTo(0);
  }

  @Test
  void printsJsonWhenAsked() throws Exception {
    assertThat(run("--json", oldModel.toString(), breaking.toString())).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out());
    assertThat(root.path("summary").path("breaking").asInt()).isEqualTo(1);
    assertThat(root.path("changes").get(0).path("kind").asText()).isEqualTo("MEMBER_REMOVED");
  }

  @Test
  void identicalInputsGiveAnEmptyReport() {
    assertThat(run(oldModel.toString(), oldModel.toString(), "--fail-on-breaking")).isEqualTo(0);
    assertThat(out()).contains("No API changes.");
  }

  @Test
  void aDocsFolderTakesItsNamesFromTheModelSideOrTheOptions() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    assertThat(run(oldModel.toString(), docs.toString())).isEqualTo(0);
    assertThat(parsedServices).containsExactly("bmc 2022-11-20");
    assertThat(out()).contains("No API changes.");
    assertThat(run(docs.toString(), docs.toString(), "--service", "vm", "--api-version", "v9"))
        .isEqualTo(0);
    assertThat(parsedServices).endsWith("vm v9", "vm v9");
  }

  @Test
  void usageAndInputErrorsExitTwo() {
    assertThat(run(oldModel.toString())).isEqualTo(2);
    assertThat(err()).contains("expected OLD and NEW").contains("usage: diff OLD NEW");
    assertThat(run(oldModel.toString(), compatible.toString(), "--bogus")).isEqualTo(2);
    assertThat(err()).contains("unknown option --bogus");
    assertThat(run(oldModel.toString(), compatible.toString(), "--previous-version")).isEqualTo(2);
    assertThat(err()).contains("--previous-version needs a value");
    assertThat(run(oldModel.toString(), tmp.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err()).contains("nope.json: no such file or directory");
    assertThat(out()).isEmpty();
  }

  @Test
  void errorsInTheDocsAreShownButTheDiffGoesOn() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    assertThat(run(docs.toString(), docs.toString(), "--service", "broken", "--api-version", "1"))
        .isEqualTo(0);
    assertThat(err()).contains("1 errors in the docs, the comparison may be incomplete")
        .contains("x.md:3:1: error: [NO_TABLE] no request table (action skipped)");
    assertThat(out()).contains("No API changes.");
  }

  @Test
  void warningsInTheDocsAreLeftToLint() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    assertThat(run(oldModel.toString(), docs.toString())).isEqualTo(0);
    assertThat(err()).isEmpty();
  }

  @Test
  void helpGoesToStdout() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).startsWith("usage: diff OLD NEW");
  }
}
