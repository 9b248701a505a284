package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.mock.MockServer;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.ParseResult;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockCommandTest {

  /** A one-action model, in the layout ModelJson writes. */
  static final String MODEL =
      """
      {"docsdkModel":1,"service":"bmc","apiVersion":"2022-11-20","operations":[{
        "name":"DescribeWidgets","wireName":"DescribeWidgets","description":"","notes":[],
        "request":[{"name":"zoneId","type":{"kind":"string"},"required":true,"description":"","source":"w.md:1:1"}],
        "response":[{"name":"totalCount","type":{"kind":"integer"},"required":false,"description":"","source":"w.md:2:1"}],
        "errors":[],"examples":[{"title":"","host":"","action":"DescribeWidgets","request":"",
          "response":"{\\"requestId\\":\\"T1\\",\\"response\\":{\\"totalCount\\":7}}","source":"w.md:3:1"}],
        "source":"w.md:1:1"}],
       "shapes":[],"commonErrors":[]}
      """;

  @TempDir Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(BiFunction<Path, ParseOptions, ParseResult> parser, Consumer<MockServer> serve, String... args) {
    return MockCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        parser,
        serve);
  }

  static final BiFunction<Path, ParseOptions, ParseResult> NO_PARSER = (p, o) -> {
    throw new AssertionError("the parser must not be called");
  };

  @Test
  void servesADocsFolderParsedByTheParserAndPrintsTheBaseUri() throws Exception {
    List<ParseOptions> seen = new ArrayList<>();
    BiFunction<Path, ParseOptions, ParseResult> parser = (path, options) -> {
      seen.add(options);
      return new ParseResult(ModelJson.read(MODEL), List.of());
    };
    AtomicReference<String> reply = new AtomicReference<>();
    int code =
        run(parser, server -> reply.set(post(server.endpoint(), "DescribeWidgets", "{\"zoneId\":\"A\"}")),
            "--docs", dir.toString(), "--service", "bmc", "--port", "0");
    assertThat(code).isZero();
    assertThat(seen).singleElement().satisfies(o -> {
      assertThat(o.service()).isEqualTo("bmc");
      assertThat(o.apiVersion()).isEqualTo("2022-11-20");
    });
    assertThat(out.toString(StandardCharsets.UTF_8).trim()).matches("http://127\\.0\\.0\\.1:\\d+");
    assertThat(reply.get()).contains("\"totalCount\":7");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("signatures are not checked");
  }

  @Test
  void servesAModelJsonFileAndChecksSignaturesWhenGivenKeys() throws Exception {
    Path model = Files.writeString(dir.resolve("bmc.json"), MODEL);
    AtomicReference<String> reply = new AtomicReference<>();
    int code =
        run(NO_PARSER, server -> reply.set(post(server.endpoint(), "DescribeWidgets", "{\"zoneId\":\"A\"}")),
            "--docs", model.toString(), "--port", "0", "--access-key-id", "k", "--access-key-password", "w");
    assertThat(code).isZero();
    assertThat(reply.get()).contains("AUTHFAILURE_INVALID_AUTHORIZATION");
  }

  @Test
  void docsWithErrorsAreNotServed() {
    Diagnostic error = Diagnostic.error(SourceLocation.of("a.md", 3, 1), "NO_ACTION", "no H1", "skipped the page");
    int code =
        run((p, o) -> new ParseResult(ModelJson.read(MODEL), List.of(error)),
            server -> { throw new AssertionError("must not serve"); },
            "--docs", dir.toString(), "--service", "bmc", "--port", "0");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("a.md:3:1").contains("NO_ACTION");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertThat(run(NO_PARSER, s -> {}, "--service", "bmc")).isEqualTo(2);
    assertThat(run(NO_PARSER, s -> {}, "--docs", dir.toString())).isEqualTo(2);
    assertThat(run(NO_PARSER, s -> {}, "--docs", dir.toString(), "--service", "bmc", "--port", "x")).isEqualTo(2);
    assertThat(run(NO_PARSER, s -> {}, "--docs", dir.toString(), "--service", "bmc", "--access-key-id", "k"))
        .isEqualTo(2);
    assertThat(run(NO_PARSER, s -> {}, "--docs", dir.resolve("missing").toString(), "--service", "bmc"))
        .isEqualTo(2);
    Path notAModel = Files.writeString(dir.resolve("x.json"), "{\"hello\":1}");
    assertThat(run(NO_PARSER, s -> {}, "--docs", notAModel.toString(), "--port", "0")).isEqualTo(2);
    Path model = Files.writeString(dir.resolve("bmc.json"), MODEL);
    assertThat(run(NO_PARSER, s -> {}, "--docs", model.toString(), "--service", "vm", "--port", "0")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: mock");
  }

  static final Path REPO = Path.of("").toAbsolutePath().getParent();
  static final Path CORRECTIONS = REPO.resolve("corrections/zenlayer-bmc-2022-11-20.json");
  static final String CREATE = "{\"zoneId\":\"SEL-A\",\"instanceChargeType\":\"POSTPAID\",\"instanceTypeId\":"
      + "\"M6C\",\"internetChargeType\":\"ByBandwidth\",\"instanceName\":\"cli-1\"}";

  /** Creates an instance, then lists it (transitions take 0 ms: it is RUNNING at once), then stops it. */
  static List<String> lifecycle(MockServer server) {
    List<String> replies = new ArrayList<>();
    String created = post(server.endpoint(), "CreateInstances", CREATE);
    replies.add(created);
    String id = created.replaceAll("(?s).*\"instanceIdSet\":\\[\"([0-9]+)\"\\].*", "$1");
    replies.add(post(server.endpoint(), "DescribeInstances", "{\"instanceIds\":[\"" + id + "\"]}"));
    replies.add(post(server.endpoint(), "StopInstances", "{\"instanceIds\":[\"" + id + "\"]}"));
    replies.add(post(server.endpoint(), "DescribeInstances", "{\"instanceIds\":[\"" + id + "\"]}"));
    replies.add(post(server.endpoint(), "StopInstances", "{\"instanceIds\":[\"" + id + "\"]}"));
    return replies;
  }

  @Test
  void statefulServesTheDocsWithTheOverridesResources() {
    List<String> replies = new ArrayList<>();
    int code = run(io.github.docsdk.parse.DocsParser::parse, server -> replies.addAll(lifecycle(server)),
        "--docs", REPO.resolve("specs/bmc").toString(), "--service", "bmc", "--port", "0",
        "--overrides", CORRECTIONS.toString(), "--stateful", "--transition-ms", "0");
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("stateful: keeping Instance (transitions take 0 ms)");
    assertThat(replies.get(0)).startsWith("200 ");
    assertThat(replies.get(1)).startsWith("200 ").contains("\"instanceName\":\"cli-1\"", "\"instanceStatus\":\"RUNNING\"");
    assertThat(replies.get(2)).startsWith("200 ");
    assertThat(replies.get(3)).contains("\"instanceStatus\":\"STOPPED\"");
    assertThat(replies.get(4)).startsWith("403 ").contains("OPERATION_DENIED_INSTANCE_NOT_RUNNING");
  }

  @Test
  void overridesApplyToAModelJsonFileToo() throws Exception {
    ParseResult parsed = io.github.docsdk.parse.DocsParser.parse(REPO.resolve("specs/bmc"),
        new ParseOptions("bmc", "2022-11-20", null));
    Path model = dir.resolve("bmc.json");
    Files.writeString(model, ModelJson.write(parsed.service()));
    List<String> replies = new ArrayList<>();
    int code = run(NO_PARSER, server -> replies.addAll(lifecycle(server)), "--docs", model.toString(), "--port", "0",
        "--overrides", CORRECTIONS.toString(), "--stateful", "--transition-ms", "0");
    assertThat(code).as(err.toString()).isZero();
    assertThat(replies.get(3)).contains("\"instanceStatus\":\"STOPPED\"");
  }

  @Test
  void statefulNeedsResourcesAndOverridesMustExist() {
    int code = run(io.github.docsdk.parse.DocsParser::parse, s -> { throw new AssertionError("must not serve"); },
        "--docs", REPO.resolve("specs/bmc").toString(), "--service", "bmc", "--port", "0", "--stateful");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("declares no resources");
    code = run(NO_PARSER, s -> { throw new AssertionError("must not serve"); }, "--docs",
        REPO.resolve("specs/bmc").toString(), "--service", "bmc", "--overrides", dir.resolve("none.json").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("overrides file not found");
  }

  private static String post(URI endpoint, String action, String body) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(endpoint)
                      .header("Content-Type", "application/json")
                      .header("X-ZC-Action", action)
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return r.statusCode() + " " + r.body();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
