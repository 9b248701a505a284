package io.github.docsdk.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The stub the client benchmarks stand on answers correctly, repeatedly, on one connection. */
class StubServerTest {

  @Test
  void servesEachPortsBodyOverKeepAlive() throws Exception {
    try (StubProcess stub = StubProcess.start(1, 2000)) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 2; i++) {
          HttpRequest request = HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + stub.port(i) + "/api/v2/bmc"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"catalog\":\"centos\"}"))
              .build();
          HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          assertThat(response.statusCode()).isEqualTo(200);
          JsonNode images = new ObjectMapper().readTree(response.body()).path("response").path("images");
          assertThat(images.size()).isEqualTo(i == 0 ? 1 : 2000);
          assertThat(images.get(0).path("catalog").asText()).isEqualTo("centos");
        }
      }
    }
  }

  @Test
  void bodiesAreDeterministicAndDistinctPerImage() {
    assertThat(StubBodies.describeImages(5)).isEqualTo(StubBodies.describeImages(5));
    String two = new String(StubBodies.describeImages(2), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(two).contains("bd5faa16-39d2-4bbf-a5c8-000000000000")
        .contains("bd5faa16-39d2-4bbf-a5c8-000000000001");
  }
}
