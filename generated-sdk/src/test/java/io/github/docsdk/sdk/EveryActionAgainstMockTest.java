package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.mock.MockServer;
import io.github.docsdk.mock.RecordedRequest;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.sdk.bmc.BmcClient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per documented action: the generated client calls it against the mock server built
 * from the same model, the mock accepts signature and body, and the reply binds to the response
 * class. A second family checks conformance: for every request example in the docs, the SDK puts
 * on the wire exactly the JSON the docs show.
 */
class EveryActionAgainstMockTest {

  private static final String KEY_ID = "AKID-mock";
  private static final String KEY_PASSWORD = "mock-password-for-tests";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static MockServer mock;
  private static BmcClient client;

  @BeforeAll
  static void start() {
    mock =
        MockServer.builder(DocExamples.modelText()).credentials(KEY_ID, KEY_PASSWORD).start();
    client =
        BmcClient.builder()
            .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
            .endpoint(mock.baseUri())
            .maxAttempts(1)
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    mock.close();
  }

  @TestFactory
  Stream<DynamicTest> everyActionRoundTripsThroughTheMock() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode op : DocExamples.model().path("operations")) {
      String action = op.path("name").asText();
      tests.add(
          DynamicTest.dynamicTest(
              action,
              () -> {
                ObjectNode body = minimalRequest(op);
                Object response = ActionCalls.call(client, action, ActionCalls.request(action, body));
                assertThat(response).isNotNull();
                List<RecordedRequest> seen = mock.requests(op.path("wireName").asText());
                assertThat(seen).isNotEmpty();
                RecordedRequest last = seen.get(seen.size() - 1);
                assertThat(last.status()).isEqualTo(200);
                assertThat(last.bodyJson()).isEqualTo(body);
              }));
    }
    assertThat(tests).as("actions in the model").hasSizeGreaterThanOrEqualTo(10);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> sdkSendsWhatEachDocExampleShows() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode op : DocExamples.model().path("operations")) {
      String action = op.path("name").asText();
      int index = 0;
      for (JsonNode example : op.path("examples")) {
        String text = example.path("request").asText("");
        index++;
        if (text.isBlank()) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(
                action + " example " + index,
                () -> {
                  JsonNode documented = MAPPER.readTree(text);
                  ActionCalls.call(client, action, ActionCalls.request(action, documented));
                  List<RecordedRequest> seen = mock.requests(op.path("wireName").asText());
                  assertThat(seen.get(seen.size() - 1).bodyJson()).isEqualTo(documented);
                }));
      }
    }
    assertThat(tests).as("request examples in the docs").hasSizeGreaterThanOrEqualTo(10);
    return tests.stream();
  }

  /** The required members with type-correct values, so the mock's validation passes. */
  private static ObjectNode minimalRequest(JsonNode op) {
    ObjectNode body = MAPPER.createObjectNode();
    for (JsonNode member : op.path("request")) {
      if (member.path("required").asBoolean()) {
        body.set(member.path("name").asText(), SampleValues.of(member.path("type")));
      }
    }
    return body;
  }
}
