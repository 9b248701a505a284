package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.mock.MockReply;
import io.github.docsdk.mock.MockServer;
import io.github.docsdk.mock.RecordedRequest;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.spec.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift probe against our mock as the "live" service, scripted with replies that drift from
 * the docs: a list where the docs say object, a string where they say integer, members the docs
 * do not list, an action the service knows under another name, a reply that is not the envelope.
 */
class ProbeCommandTest {

  private static final String KEY_ID = "AKID-probe";
  private static final String KEY_PASSWORD = "probe-password-must-never-show";

  private static final String WIDGETS = String.join("\n",
      "# DescribeWidgets", "", "## 1. Description", "", "Lists widgets.", "",
      "## 2. Request Parameters", "",
      "| Parameter | Required | Type | Description |", "| --- | --- | --- | --- |",
      "| zoneId | No | String | Zone. |", "",
      "## 3. Response Parameters", "",
      "| Parameter | Type | Description |", "| --- | --- | --- |",
      "| requestId | String | Request ID. |",
      "| widget | [Widget](../datastructure.md#widget) | The widget. |",
      "| totalCount | Integer | How many. |", "");
  private static final String GADGETS = String.join("\n",
      "# DescribeGadgets", "", "## 1. Description", "", "Lists gadgets.", "",
      "## 2. Request Parameters", "",
      "| Parameter | Required | Type | Description |", "| --- | --- | --- | --- |",
      "| gadgetId | Yes | String | Gadget. |", "",
      "## 3. Response Parameters", "",
      "| Parameter | Type | Description |", "| --- | --- | --- |",
      "| requestId | String | Request ID. |", "",
      "## 4. Examples", "", "```", "POST / HTTP/1.1", "Host: console.zenlayer.com/api/v2/bmc",
      "X-ZC-Action: DescribeGadgets", "", "Request:", "{\"gadgetId\": \"g-1\"}", "", "Response:",
      "{\"requestId\": \"T1\", \"response\": {\"requestId\": \"T1\"}}", "```", "");
  private static final String THINGS = String.join("\n",
      "# DescribeThings", "", "## 1. Description", "", "Lists things.", "",
      "## 2. Request Parameters", "",
      "| Parameter | Required | Type | Description |", "| --- | --- | --- | --- |",
      "| thingId | Yes | String | Thing. |", "",
      "## 3. Response Parameters", "",
      "| Parameter | Type | Description |", "| --- | --- | --- |",
      "| requestId | String | Request ID. |", "");
  private static final String CREATE = String.join("\n",
      "# CreateWidget", "", "## 1. Description", "", "Creates a widget.", "",
      "## 2. Request Parameters", "",
      "| Parameter | Required | Type | Description |", "| --- | --- | --- | --- |",
      "| name | No | String | Name. |", "",
      "## 3. Response Parameters", "",
      "| Parameter | Type | Description |", "| --- | --- | --- |",
      "| requestId | String | Request ID. |", "");
  private static final String STRUCTURES = String.join("\n",
      "# Data Structures", "", "## Widget", "",
      "| Name | Type | Description |", "| --- | --- | --- |",
      "| widgetId | String | ID. |", "| size | Integer | Size. |", "");

  /** What the drifted service sends for DescribeWidgets. */
  private static final String DRIFTED_WIDGETS = "{\"requestId\":\"T2\",\"widget\":[{\"widgetId\":\"w-1\",\"size\":3,"
      + "\"color\":\"red\"}],\"totalCount\":\"1\",\"nextToken\":\"abc\"}";

  @TempDir Path dir;
  private Path docs;
  private MockServer mock;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeDocs() throws IOException {
    docs = dir.resolve("bmc");
    Files.createDirectories(docs.resolve("actions"));
    Files.writeString(docs.resolve("actions/DescribeWidgets.md"), WIDGETS);
    Files.writeString(docs.resolve("actions/DescribeGadgets.md"), GADGETS);
    Files.writeString(docs.resolve("actions/DescribeThings.md"), THINGS);
    Files.writeString(docs.resolve("actions/CreateWidget.md"), CREATE);
    Files.writeString(docs.resolve("datastructure.md"), STRUCTURES);
  }

  /** The "live" service: these docs, corrected by {@code serviceOverrides} (null for none). */
  private void startService(String serviceOverrides) throws IOException {
    Path file = null;
    if (serviceOverrides != null) {
      file = dir.resolve("service-overrides.json");
      Files.writeString(file, serviceOverrides);
    }
    String model = ModelJson.write(DocsParser.parse(docs, new ParseOptions("bmc", "2022-11-20", file)).service());
    mock = MockServer.builder(model).credentials(KEY_ID, KEY_PASSWORD).start();
  }

  @AfterEach
  void stopAndCheckNoSecretShowed() throws IOException {
    if (mock != null) {
      mock.close();
    }
    assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain(KEY_PASSWORD);
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(KEY_PASSWORD);
      }
    }
  }

  private int probe(String... extra) {
    String[] base = {"--endpoint", mock.baseUri().toString(), "--service", "bmc", "--docs", docs.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    out.reset();
    err.reset();
    return ProbeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> Credentials.of(KEY_ID, KEY_PASSWORD));
  }

  private List<String> findings() {
    return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(": [PROBE_")).collect(Collectors.toList());
  }

  @Test
  void reportsEachDriftAtItsDocLineAndItsSuggestionsMakeTheModelMatch() throws IOException {
    startService(null);
    mock.stub("DescribeWidgets", MockReply.response(DRIFTED_WIDGETS));
    Path suggest = dir.resolve("suggested.json");

    assertThat(probe("--suggest", suggest.toString(), "--strict")).isEqualTo(1);
    assertThat(findings()).containsExactly(
        "actions/DescribeThings.md:1:1: note: [PROBE_NOT_CALLED] DescribeThings was not called: it needs thingId"
            + " and no request example gives it (not compared)",
        "actions/DescribeWidgets.md:17:2: warning: [PROBE_UNKNOWN_MEMBER] DescribeWidgets response has a member the"
            + " docs do not list: nextToken (string) (kept in unknownFields(); suggested String)",
        "actions/DescribeWidgets.md:18:2: warning: [PROBE_KIND_MISMATCH] DescribeWidgets response.widget: the docs"
            + " say Widget (an object), the service sent a list (suggested type Array of Widget)",
        "actions/DescribeWidgets.md:19:2: warning: [PROBE_KIND_MISMATCH] DescribeWidgets response.totalCount: the"
            + " docs say Integer (an integer), the service sent a string (suggested type String)",
        "datastructure.md:7:2: warning: [PROBE_UNKNOWN_MEMBER] DescribeWidgets response.widget[] has a member the"
            + " docs do not list: color (string) (kept in unknownFields(); suggested String)");

    // Only read-only actions are called, DescribeGadgets with the input its example gives.
    assertThat(mock.requests()).extracting(RecordedRequest::action)
        .containsExactlyInAnyOrder("DescribeWidgets", "DescribeGadgets");
    assertThat(mock.requests("DescribeGadgets").get(0).body()).isEqualTo("{\"gadgetId\":\"g-1\"}");
    assertThat(mock.requests("DescribeWidgets").get(0).body()).isEqualTo("{}");

    JsonNode suggested = new ObjectMapper().readTree(Files.readString(suggest));
    assertThat(suggested.at("/actions/DescribeWidgets/response/widget/type").asText()).isEqualTo("Array of Widget");
    assertThat(suggested.at("/actions/DescribeWidgets/response/widget/why").asText())
        .isEqualTo("The drift probe of " + mock.baseUri() + " got a list for DescribeWidgets response.widget,"
            + " documented as Widget.");
    assertThat(suggested.at("/actions/DescribeWidgets/response/totalCount/type").asText()).isEqualTo("String");
    assertThat(suggested.at("/actions/DescribeWidgets/response/nextToken/add").asBoolean()).isTrue();
    assertThat(suggested.at("/actions/DescribeWidgets/response/nextToken/type").asText()).isEqualTo("String");
    assertThat(suggested.at("/structures/Widget/color/add").asBoolean()).isTrue();

    // Applied, the suggestions make the model match the service: no drift left.
    assertThat(probe("--overrides", suggest.toString(), "--strict")).isEqualTo(0);
    assertThat(findings()).singleElement().asString().contains("[PROBE_NOT_CALLED] DescribeThings");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("probe: 2 calls to " + mock.baseUri()
        + ", 0 errors, 0 warnings, 1 notes");
  }

  @Test
  void anActionTheServiceKnowsUnderAnotherNameAndARawReplyAreReportedWithoutASuggestion() throws IOException {
    startService("{\"actions\": {\"DescribeGadgets\": {\"wireName\": \"GadgetDetails\"}}}");
    mock.stub("DescribeWidgets", MockReply.raw(200, "<html><body>maintenance</body></html>"));
    Path suggest = dir.resolve("suggested.json");

    assertThat(probe("--suggest", suggest.toString())).as("findings fail only under --strict").isEqualTo(0);
    assertThat(findings()).filteredOn(l -> l.contains("PROBE_UNKNOWN_ACTION")).singleElement().asString()
        .startsWith("actions/DescribeGadgets.md:1:1: warning: [PROBE_UNKNOWN_ACTION] the service does not know"
            + " DescribeGadgets (HTTP 401, AUTHFAILURE_UNAUTHORIZED_OPERATION, requestId ")
        .endsWith(") (its wire name differs: set wireName in the overrides)");
    assertThat(mock.requests("DescribeGadgets").get(0).errorCode()).isEqualTo("AUTHFAILURE_UNAUTHORIZED_OPERATION");
    assertThat(findings()).filteredOn(l -> l.contains("PROBE_NOT_ENVELOPE")).singleElement().asString()
        .startsWith("actions/DescribeWidgets.md:1:1: warning: [PROBE_NOT_ENVELOPE] ")
        .contains("HTTP 200").contains("not the expected JSON envelope").contains("<html>");
    assertThat(new ObjectMapper().readTree(Files.readString(suggest)).size()).isZero();
  }

  @Test
  void staysWithinItsCallBudget() throws IOException {
    startService(null);
    probe("--max-calls", "1");
    assertThat(mock.requests()).hasSize(1);
    assertThat(findings()).filteredOn(l -> l.contains("the call budget (--max-calls 1) was spent")).hasSize(1);
  }

  @Test
  void callsWhatTheReadOnlyTraitSaysNotWhatNamesSuggest() throws IOException {
    startService(null);
    Path traits = dir.resolve("traits.json");
    Files.writeString(traits, "{\"actions\": {\"CreateWidget\": {\"readOnly\": true},"
        + " \"DescribeWidgets\": {\"readOnly\": false}}}");
    probe("--overrides", traits.toString());
    assertThat(mock.requests()).extracting(RecordedRequest::action)
        .containsExactlyInAnyOrder("CreateWidget", "DescribeGadgets");
  }

  @Test
  void staysWithinItsTimeBudget() throws IOException {
    startService(null);
    mock.stub("DescribeGadgets", MockReply.response("{\"requestId\":\"T9\"}").delayedBy(Duration.ofSeconds(3)));
    long start = System.nanoTime();
    probe("--max-seconds", "1");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    assertThat(findings()).anyMatch(l -> l.contains("[PROBE_NOT_CALLED] DescribeGadgets got no reply within what"
        + " was left of the time budget (--max-seconds 1)"));
    assertThat(findings()).anyMatch(l -> l.contains("DescribeWidgets was not called: the time budget"
        + " (--max-seconds 1) was spent"));
  }

  @Test
  void anEndpointThatDoesNotAnswerIsAnIoError() throws IOException {
    startService(null);
    mock.close();
    assertThat(probe()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("probe: no answer from " + mock.baseUri());
  }

  @Test
  void usageProblemsExitWithTwoAndEchoNoUserInfo() throws IOException {
    startService(null);
    String[] withSecret = {"--endpoint", "http://" + KEY_ID + ":" + KEY_PASSWORD + "@127.0.0.1:" + mock.port(),
        "--service", "bmc", "--docs", docs.toString()};
    assertThat(ProbeCommand.run(withSecret, new PrintStream(out), new PrintStream(err),
        () -> Credentials.of(KEY_ID, KEY_PASSWORD))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("must not carry user info");
    assertThat(mock.requests()).isEmpty();
    assertThat(Main.run(new String[] {"probe", "--endpoint", "http://127.0.0.1:1"}, new PrintStream(out),
        new PrintStream(err))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --service");
    assertThat(Main.run(new String[] {"probe", "--endpoint", "http://127.0.0.1:1", "--service", "bmc", "--docs",
        docs.toString(), "--max-calls", "0"}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--max-calls must be at least 1");
  }
}
