package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignatureTest {

  static MockServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    server = TestClient.start();
    client = new TestClient(server.endpoint());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void documentedPayloadHashFromSignMd() {
    // sign.md gives this payload and its SHA-256 hex.
    String payload = "{\"pageSize\":10,\"pageNum\":1,\"zoneId\":\"HKG-A\"}";
    assertThat(Zc2Signature.sha256Hex(payload.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a");
  }

  @Test
  void mockSignatureAgreesWithIndependentOne() {
    TreeMap<String, String> headers = new TreeMap<>(Map.of("content-type", "application/json", "host", "h:1"));
    String independent = IndependentSigner.authorization("k", "secret", 1673361177L, headers, "{}");
    String mine =
        Zc2Signature.sign(
            "secret",
            "1673361177",
            "POST",
            List.of(
                new AbstractMap.SimpleEntry<>("content-type", "application/json"),
                new AbstractMap.SimpleEntry<>("host", "h:1")),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(independent).endsWith("Signature=" + mine);
  }

  @Test
  void correctlySignedRequestGetsTheDocumentedExample() {
    TestClient.Reply r = client.call("DescribeImages", "{}");
    assertThat(r.status).as(r.body).isEqualTo(200);
    assertThat(r.response().path("images").get(0).path("imageId").asText()).isEqualTo("img-centos-79");
    String requestId = r.json.path("requestId").asText();
    assertThat(requestId).startsWith("T").isNotEqualTo("T0000-DOC-EXAMPLE");
    assertThat(r.response().path("requestId").asText()).isEqualTo(requestId);
  }

  @Test
  void wrongPasswordIsSignatureFailure() {
    TestClient.Reply r =
        client.call("DescribeImages", "{}", System.currentTimeMillis() / 1000, TestClient.ID, "not-the-password");
    assertError(r, 401, "AUTHFAILURE_SIGNATURE_FAILURE");
  }

  @Test
  void tamperedBodyIsSignatureFailure() {
    long now = System.currentTimeMillis() / 1000;
    HttpRequest signedForOtherBody =
        client.signed("DescribeImages", "{}", now, TestClient.ID, TestClient.PASSWORD)
            .POST(HttpRequest.BodyPublishers.ofString("{\"pageNum\":2}"))
            .build();
    assertError(TestClient.send(signedForOtherBody), 401, "AUTHFAILURE_SIGNATURE_FAILURE");
  }

  @Test
  void unknownAccessKeyIsSignatureFailure() {
    TestClient.Reply r =
        client.call("DescribeImages", "{}", System.currentTimeMillis() / 1000, "someone-else", TestClient.PASSWORD);
    assertError(r, 401, "AUTHFAILURE_SIGNATURE_FAILURE");
  }

  @Test
  void timestampMoreThanFiveMinutesOffIsExpired() {
    long old = System.currentTimeMillis() / 1000 - 301;
    assertError(client.call("DescribeImages", "{}", old, TestClient.ID, TestClient.PASSWORD), 401,
        "AUTHFAILURE_SIGNATURE_EXPIRED");
    long future = System.currentTimeMillis() / 1000 + 400;
    assertError(client.call("DescribeImages", "{}", future, TestClient.ID, TestClient.PASSWORD), 401,
        "AUTHFAILURE_SIGNATURE_EXPIRED");
  }

  @Test
  void timestampWithinFiveMinutesIsAccepted() {
    long earlier = System.currentTimeMillis() / 1000 - 200;
    assertThat(client.call("DescribeImages", "{}", earlier, TestClient.ID, TestClient.PASSWORD).status).isEqualTo(200);
  }

  @Test
  void expiryIsCheckedAgainstTheConfiguredClock() {
    Instant fixed = Instant.parse("2023-01-10T14:32:57Z");
    try (MockServer frozen =
        MockServer.builder(TestClient.model())
            .credentials(TestClient.ID, TestClient.PASSWORD)
            .clock(Clock.fixed(fixed, ZoneOffset.UTC))
            .start()) {
      TestClient c = new TestClient(frozen.endpoint());
      assertThat(c.call("DescribeImages", "{}", fixed.getEpochSecond() - 10, TestClient.ID, TestClient.PASSWORD).status)
          .isEqualTo(200);
      assertError(c.call("DescribeImages", "{}"), 401, "AUTHFAILURE_SIGNATURE_EXPIRED");
    }
  }

  @Test
  void missingAuthorizationIsInvalidAuthorization() {
    assertError(TestClient.send(client.unsigned("DescribeImages", "{}").build()), 401,
        "AUTHFAILURE_INVALID_AUTHORIZATION");
  }

  @Test
  void malformedAuthorizationIsInvalidAuthorization() {
    long now = System.currentTimeMillis() / 1000;
    for (String bad :
        List.of(
            "ZC2-HMAC-SHA256 Credential=a, Signature=abc",
            "TC3-HMAC-SHA256 Credential=a, SignedHeaders=content-type;host, Signature=" + "0".repeat(64),
            "ZC2-HMAC-SHA256 Credential=a, SignedHeaders=content-type, Signature=" + "0".repeat(64),
            "garbage")) {
      HttpRequest request =
          client.unsigned("DescribeImages", "{}")
              .header("X-ZC-Timestamp", Long.toString(now))
              .header("Authorization", bad)
              .build();
      assertError(TestClient.send(request), 401, "AUTHFAILURE_INVALID_AUTHORIZATION");
    }
  }

  @Test
  void missingTimestampIsInvalidAuthorization() {
    HttpRequest request =
        client.unsigned("DescribeImages", "{}")
            .header("Authorization",
                "ZC2-HMAC-SHA256 Credential=a, SignedHeaders=content-type;host, Signature=" + "0".repeat(64))
            .build();
    assertError(TestClient.send(request), 401, "AUTHFAILURE_INVALID_AUTHORIZATION");
  }

  @Test
  void extraSignedHeadersTakePart() {
    long now = System.currentTimeMillis() / 1000;
    TreeMap<String, String> signed = new TreeMap<>();
    signed.put("content-type", TestClient.CONTENT_TYPE);
    signed.put("host", client.host());
    signed.put("x-zc-action", "DescribeImages");
    String auth = IndependentSigner.authorization(TestClient.ID, TestClient.PASSWORD, now, signed, "{}");
    HttpRequest ok =
        client.unsigned("DescribeImages", "{}")
            .header("X-ZC-Timestamp", Long.toString(now))
            .header("Authorization", auth)
            .build();
    assertThat(TestClient.send(ok).status).isEqualTo(200);
    // The same signature over another action must fail: the header was signed.
    HttpRequest swapped =
        client.unsigned("CreateInstances", "{}")
            .header("X-ZC-Timestamp", Long.toString(now))
            .header("Authorization", auth)
            .build();
    assertError(TestClient.send(swapped), 401, "AUTHFAILURE_SIGNATURE_FAILURE");
  }

  @Test
  void bearerTokenWhenConfigured() {
    try (MockServer bearer = MockServer.builder(TestClient.model()).bearerToken("tok-123").start()) {
      TestClient c = new TestClient(bearer.endpoint());
      assertThat(TestClient.send(c.unsigned("DescribeImages", "{}").header("Authorization", "Bearer tok-123").build())
              .status)
          .isEqualTo(200);
      assertError(TestClient.send(c.unsigned("DescribeImages", "{}").header("Authorization", "Bearer nope").build()),
          401, "AUTHFAILURE_SIGNATURE_FAILURE");
    }
  }

  @Test
  void withoutCredentialsEveryRequestIsAccepted() {
    try (MockServer open = MockServer.builder(TestClient.model()).start()) {
      TestClient c = new TestClient(open.endpoint());
      assertThat(TestClient.send(c.unsigned("DescribeImages", "{}").build()).status).isEqualTo(200);
    }
  }

  static void assertError(TestClient.Reply r, int status, String code) {
    assertThat(r.status).as(r.body).isEqualTo(status);
    assertThat(r.code()).as(r.body).isEqualTo(code);
    assertThat(r.json.path("requestId").asText()).startsWith("T").hasSizeGreaterThan(10);
    assertThat(r.message()).isNotBlank();
  }
}
