package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The mock serves the page a request asks for, by the model's pagination trait. */
class PagesTest {

  private static String model(boolean pages) {
    String example = "{\\\"requestId\\\":\\\"r\\\",\\\"response\\\":{\\\"requestId\\\":\\\"r\\\",\\\"totalCount\\\":3,"
        + "\\\"dataSet\\\":[\\\"a\\\",\\\"b\\\",\\\"c\\\"]}}";
    return "{\"docsdkModel\":2,\"service\":\"bmc\",\"apiVersion\":\"2022-11-20\",\"operations\":[{"
        + "\"name\":\"DescribeThings\",\"wireName\":\"DescribeThings\",\"readOnly\":true,"
        + (pages ? "\"pagination\":{\"pageNumber\":\"pageNum\",\"pageSize\":\"pageSize\",\"total\":\"totalCount\","
            + "\"items\":\"dataSet\"}," : "")
        + "\"request\":[{\"name\":\"pageNum\",\"type\":{\"kind\":\"integer\"}},"
        + "{\"name\":\"pageSize\",\"type\":{\"kind\":\"integer\"}}],"
        + "\"response\":[{\"name\":\"totalCount\",\"type\":{\"kind\":\"integer\"}},"
        + "{\"name\":\"dataSet\",\"type\":{\"kind\":\"list\",\"element\":{\"kind\":\"string\"}}}],"
        + "\"examples\":[{\"action\":\"DescribeThings\",\"response\":\"" + example + "\"}]}]}";
  }

  private static JsonNode page(MockServer server, String body) {
    TestClient.Reply r = new TestClient(server.endpoint()).call("DescribeThings", body);
    assertThat(r.status).as(r.body).isEqualTo(200);
    return r.response();
  }

  @Test
  void pagesAreCutFromTheItems() {
    try (MockServer server = MockServer.builder(model(true)).credentials(TestClient.ID, TestClient.PASSWORD).start()) {
      assertThat(page(server, "{}").path("dataSet")).hasSize(3);
      assertThat(page(server, "{\"pageNum\":1,\"pageSize\":2}").path("dataSet").toString()).isEqualTo("[\"a\",\"b\"]");
      JsonNode second = page(server, "{\"pageNum\":2,\"pageSize\":2}");
      assertThat(second.path("dataSet").toString()).isEqualTo("[\"c\"]");
      assertThat(second.path("totalCount").asLong()).isEqualTo(3);
      assertThat(page(server, "{\"pageNum\":9223372036854775807,\"pageSize\":2}").path("dataSet")).isEmpty();
      // the shared example is not changed by cutting
      assertThat(page(server, "{}").path("dataSet")).hasSize(3);
    }
  }

  @Test
  void anActionThatDoesNotPageGetsTheWholeList() {
    try (MockServer server = MockServer.builder(model(false)).credentials(TestClient.ID, TestClient.PASSWORD).start()) {
      assertThat(page(server, "{\"pageNum\":2,\"pageSize\":2}").path("dataSet")).hasSize(3);
    }
  }
}
