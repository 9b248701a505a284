package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients that lie, stall or flood: each gets a bounded, documented answer and the mock keeps serving. */
class HostileClientsTest {
  private MockServer mock;
  private TestClient client;

  @BeforeEach
  void start() {
    mock = MockServer.builder(TestClient.model()).credentials(TestClient.ID, TestClient.PASSWORD)
        .maxBodyBytes(1024 * 1024).readTimeout(Duration.ofMillis(800)).start();
    client = new TestClient(mock.endpoint());
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  private static void assertEnvelope(String[] reply, String status, String code) throws Exception {
    assertThat(reply[0]).as(reply[1]).isEqualTo(status);
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply[1]);
    assertThat(json.path("code").asText()).isEqualTo(code);
    assertThat(json.path("requestId").asText()).isNotEmpty();
    assertThat(json.path("message").asText()).isNotEmpty();
  }

  @Test
  void aDeclaredBodyBeyondTheLimitGets413BeforeAnyOfItIsSent() throws Exception {
    try (RawClient raw = new RawClient(mock.port())) {
      // Nothing of the 50 MB follows: the answer must come from the head alone.
      assertEnvelope(raw.send(RawClient.head("DescribeImages", 50_000_000)).reply(), "413",
          "REQUEST_ENTITY_TOO_LARGE");
    }
  }

  @Test
  void anUnsignedHeadIsRefusedBeforeItsBodyIsRead() throws Exception {
    try (RawClient raw = new RawClient(mock.port())) {
      assertEnvelope(raw.send(RawClient.head("DescribeImages", 500_000)).reply(), "401",
          "AUTHFAILURE_INVALID_AUTHORIZATION");
    }
    assertThat(mock.requests()).extracting(RecordedRequest::status).containsExactly(401);
  }

  @Test
  void aThousandHeadersGet431() throws Exception {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      extra.append("X-Filler-").append(i).append(": v\r\n");
    }
    try (RawClient raw = new RawClient(mock.port())) {
      assertEnvelope(raw.send(RawClient.head("DescribeImages", 0, extra.toString().trim())).reply(), "431",
          "REQUEST_HEADER_FIELDS_TOO_LARGE");
    }
  }

  @Test
  void aHugeHeaderGets431() throws Exception {
    try (RawClient raw = new RawClient(mock.port())) {
      assertEnvelope(raw.send(RawClient.head("DescribeImages", 0, "X-Big: " + "a".repeat(100_000))).reply(),
          "431", "REQUEST_HEADER_FIELDS_TOO_LARGE");
    }
  }

  @Test
  void aClientThatStallsMidHeadGets408WithinTheReadTimeout() throws Exception {
    try (RawClient raw = new RawClient(mock.port())) {
      assertEnvelope(raw.send("POST /api/v2/bmc HTTP/1.1\r\nHost: 127.0.0.1\r\n").reply(), "408",
          "REQUEST_TIMED_OUT");
    }
  }

  @Test
  void aTimestampWithALeadingPlusIsRefused() {
    long now = System.currentTimeMillis() / 1000;
    TreeMap<String, String> signed = new TreeMap<>();
    signed.put("content-type", TestClient.CONTENT_TYPE);
    signed.put("host", client.host());
    TestClient.Reply r = TestClient.send(client.unsigned("DescribeImages", "{}")
        .header("X-ZC-Timestamp", "+" + now)
        .header("Authorization",
            IndependentSigner.authorization(TestClient.ID, TestClient.PASSWORD, now, signed, "{}"))
        .build());
    assertThat(r.status).isEqualTo(401);
    assertThat(r.code()).isEqualTo("AUTHFAILURE_INVALID_AUTHORIZATION");
  }

  @Test
  void anOverlongUtf8NulIsNotValidUtf8() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write("{\"catalog\":\"a".getBytes(StandardCharsets.US_ASCII));
    body.write(new byte[] {(byte) 0xC0, (byte) 0x80});
    body.write("\"}".getBytes(StandardCharsets.US_ASCII));
    String latin = body.toString(StandardCharsets.ISO_8859_1);
    long now = System.currentTimeMillis() / 1000;
    TreeMap<String, String> signed = new TreeMap<>();
    signed.put("content-type", TestClient.CONTENT_TYPE);
    signed.put("host", "127.0.0.1");
    String authorization = IndependentSigner.authorization(TestClient.ID, TestClient.PASSWORD, now, signed,
        body.toByteArray());
    try (RawClient raw = new RawClient(mock.port())) {
      String head = RawClient.head("DescribeImages", body.size(), "X-ZC-Timestamp: " + now,
          "Authorization: " + authorization);
      String[] reply = raw.send(head + latin).reply();
      assertEnvelope(reply, "400", "INVALID_PARAMETER_TYPE");
      assertThat(reply[1]).contains("not valid UTF-8");
    }
  }

  @Test
  void duplicateKeysInARequestAreRefused() {
    TestClient.Reply r = client.call("DescribeImages", "{\"catalog\":\"centos\",\"catalog\":\"ubuntu\"}");
    assertThat(r.status).isEqualTo(400);
    assertThat(r.code()).isEqualTo("INVALID_PARAMETER_TYPE");
    assertThat(r.message()).contains("Duplicate field 'catalog'");
  }

  @Test
  void theRequestLogIsBoundedInBytes() {
    try (MockServer small = MockServer.builder(TestClient.model()).recordBytes(1024 * 1024).start()) {
      TestClient c = new TestClient(small.endpoint());
      String padding = "x".repeat(200_000);
      for (int i = 0; i < 20; i++) {
        c.call("DescribeImages", "{\"catalog\":\"centos\",\"pad" + i + "\":\"" + padding + "\"}");
      }
      assertThat(small.requests()).hasSizeBetween(1, 5);
      assertThat(small.requests().get(small.requests().size() - 1).body()).contains("pad19");
    }
  }
}
