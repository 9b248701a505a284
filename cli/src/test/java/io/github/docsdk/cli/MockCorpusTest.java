package io.github.docsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.mock.MockServer;
import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.parse.TestCorpus;
import io.github.docsdk.runtime.ClientConfig;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerHttpClient;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parser, mock and runtime together on the shared bmc docs: every request example the docs give
 * is signed by the runtime, accepted by the mock's signature check and validation, and answered.
 */
class MockCorpusTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyDocumentedRequestExampleIsAcceptedByTheMock() throws Exception {
    Service service = DocsParser.parse(TestCorpus.luoJinShu(), TestCorpus.options("bmc", "2022-11-20")).service();
    List<String> rejected = new ArrayList<>();
    int sent = 0;
    try (MockServer mock = MockServer.builder(ModelJson.write(service)).credentials("corpus-id", "corpus-pw").start();
        ZenlayerHttpClient client =
            new ZenlayerHttpClient(
                ClientConfig.builder()
                    .service("bmc")
                    .apiVersion("2022-11-20")
                    .endpoint(mock.baseUri())
                    .credentials(Credentials.of("corpus-id", "corpus-pw"))
                    .maxAttempts(1)
                    .build())) {
      assertThat(mock.actions()).hasSize(service.operations().size());
      for (Operation op : service.operations()) {
        for (Example example : op.examples()) {
          JsonNode request = json(example.request());
          if (request == null || !request.isObject()) {
            continue;
          }
          sent++;
          try {
            JsonNode response = MAPPER
                .readTree(client.invoke(op.wireName(), request.toString()));
            assertThat(response.path("requestId").asText()).startsWith("T");
          } catch (ZenlayerServiceException e) {
            rejected.add(op.name() + " " + example.location() + ": " + e.code() + " " + e.getMessage());
          }
        }
      }
      assertThat(service.operations().stream().filter(op -> mock.answersWithDocumentedExample(op.wireName())))
          .as("actions answered with the docs' own example")
          .hasSizeGreaterThan(service.operations().size() / 2);
    }
    assertThat(sent).isGreaterThan(30);
    assertThat(rejected).isEmpty();
  }

  private static JsonNode json(String text) {
    int start = text.indexOf('{');
    if (start < 0) {
      return null;
    }
    try {
      return MAPPER.readTree(text.substring(start));
    } catch (Exception e) {
      return null;
    }
  }
}
