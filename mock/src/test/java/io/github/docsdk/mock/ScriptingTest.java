package io.github.docsdk.mock;

import static io.github.docsdk.mock.SignatureTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptingTest {

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

  @BeforeEach
  void reset() {
    server.reset();
  }

  @Test
  void fixedPayloadIsWrappedInTheEnvelope() {
    server.stub("DescribeImages", MockReply.response("{\"images\":[],\"totalCount\":0}"));
    TestClient.Reply r = client.call("DescribeImages", "{\"catalog\":\"gentoo\"}");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.response().path("totalCount").asInt()).isEqualTo(0);
    assertThat(r.response().path("requestId").asText()).isEqualTo(r.json.path("requestId").asText());
  }

  @Test
  void documentedErrorByNameTakesStatusAndTextFromTheModel() {
    server.stub("CreateInstances", MockReply.error("INVALID_ZONE_NOT_FOUND"));
    TestClient.Reply r = client.call("CreateInstances", "{}");
    assertError(r, 404, "INVALID_ZONE_NOT_FOUND");
    assertThat(r.message()).isEqualTo("The zone does not exist.");
  }

  @Test
  void commonErrorByNameUsesTheCommonStatus() {
    server.stub("DescribeImages", MockReply.error("SERVICE_TEMPORARY_UNAVAILABLE", "busy").withHeader("Retry-After", "1"));
    TestClient.Reply r = client.call("DescribeImages", "{}");
    assertError(r, 503, "SERVICE_TEMPORARY_UNAVAILABLE");
    assertThat(r.message()).isEqualTo("busy");
  }

  @Test
  void undocumentedCodeNeedsAnExplicitStatus() {
    assertThatThrownBy(() -> server.stub("DescribeImages", MockReply.error("INVALID_ZONE_NOT_FOUND")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INVALID_ZONE_NOT_FOUND");
    server.stub("DescribeImages", MockReply.error(429, "REQUEST_LIMIT_EXCEEDED", "slow down"));
    assertError(client.call("DescribeImages", "{}"), 429, "REQUEST_LIMIT_EXCEEDED");
  }

  @Test
  void unknownActionCannotBeScripted() {
    assertThatThrownBy(() -> server.stub("DescribeUnicorns", MockReply.documented()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DescribeUnicorns");
  }

  @Test
  void documentedNameResolvesToTheWireName() {
    server.stub("DescribeZones", MockReply.response("{\"zoneSet\":[{\"zoneId\":\"FRA-A\"}]}"));
    assertThat(client.call("ZoneDetails", "{}").response().path("zoneSet").get(0).path("zoneId").asText())
        .isEqualTo("FRA-A");
    assertThat(server.requests("DescribeZones")).hasSize(1);
  }

  @Test
  void codeWithoutDocumentedStatusFallsBackTo400() {
    server.stub("CreateInstances", MockReply.error("QUOTA_EXHAUSTED"));
    assertError(client.call("CreateInstances", "{}"), 400, "QUOTA_EXHAUSTED");
  }

  @Test
  void rawBodyIsSentAsIs() {
    server.stub("DescribeImages", MockReply.raw(502, "<html>bad gateway</html>"));
    TestClient.Reply r = client.call("DescribeImages", "{}");
    assertThat(r.status).isEqualTo(502);
    assertThat(r.body).isEqualTo("<html>bad gateway</html>");
  }

  @Test
  void droppedConnectionGivesNoResponse() {
    server.stub("DescribeImages", MockReply.dropConnection());
    assertThatThrownBy(() -> client.call("DescribeImages", "{}")).isInstanceOf(UncheckedIOException.class);
    assertThat(server.requests("DescribeImages")).singleElement().satisfies(r -> assertThat(r.status()).isZero());
    server.resetStubs();
    assertThat(client.call("DescribeImages", "{}").status).isEqualTo(200);
  }

  @Test
  void delayedReplyOutlastsAShortClientTimeout() {
    server.stub("DescribeImages", MockReply.documented().delayedBy(Duration.ofSeconds(3)));
    long now = System.currentTimeMillis() / 1000;
    HttpRequest request =
        client.signed("DescribeImages", "{}", now, TestClient.ID, TestClient.PASSWORD)
            .timeout(Duration.ofMillis(200))
            .build();
    assertThatThrownBy(() -> TestClient.send(request)).hasCauseInstanceOf(HttpTimeoutException.class);
    // Recorded before the wait, so a test can see what timed out.
    assertThat(server.requests("DescribeImages")).hasSize(1);
  }

  @Test
  void documentedReplyWithScriptStillValidates() {
    server.stub("DescribeImages", MockReply.documented().withHeader("X-Test", "1"));
    assertError(client.call("DescribeImages", "{\"catalog\":\"gentoo\"}"), 400, "INVALID_PARAMETER_VALUE");
  }

  @Test
  void enqueuedRepliesAreUsedOnceEachInOrder() {
    server.enqueue("DescribeImages", MockReply.error("SERVICE_TEMPORARY_UNAVAILABLE"), MockReply.error(429, "REQUEST_LIMIT_EXCEEDED", "x"));
    assertThat(client.call("DescribeImages", "{}").status).isEqualTo(503);
    assertThat(client.call("DescribeImages", "{}").status).isEqualTo(429);
    assertThat(client.call("DescribeImages", "{}").status).isEqualTo(200);
  }

  @Test
  void conditionalStubsPickByRequestContentNewestFirst() {
    server.stub("DescribeImages", MockReply.response("{\"totalCount\":1}"));
    server.stub(
        "DescribeImages",
        r -> "windows".equals(r.bodyJson().path("catalog").asText()),
        MockReply.response("{\"totalCount\":99}"));
    assertThat(client.call("DescribeImages", "{\"catalog\":\"windows\"}").response().path("totalCount").asInt())
        .isEqualTo(99);
    assertThat(client.call("DescribeImages", "{\"catalog\":\"centos\"}").response().path("totalCount").asInt())
        .isEqualTo(1);
  }

  @Test
  void anUnconditionalStubReplacesOlderRulesButConditionalOnesAddUp() {
    server.stub("DescribeImages", r -> true, MockReply.response("{\"totalCount\":5}"));
    server.stub("DescribeImages", MockReply.response("{\"totalCount\":6}"));
    server.stub("DescribeImages", r -> r.body().contains("ubuntu"), MockReply.response("{\"totalCount\":7}"));
    assertThat(client.call("DescribeImages", "{}").response().path("totalCount").asInt()).isEqualTo(6);
    assertThat(client.call("DescribeImages", "{\"catalog\":\"ubuntu\"}").response().path("totalCount").asInt())
        .isEqualTo(7);
  }

  @Test
  void receivedRequestsCanBeInspected() {
    client.call("DescribeImages", "{\"catalog\":\"ubuntu\"}");
    client.call("CreateInstances", "{}");
    List<RecordedRequest> all = server.requests();
    assertThat(all).extracting(RecordedRequest::action).containsExactly("DescribeImages", "CreateInstances");
    RecordedRequest first = all.get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/api/v2/bmc");
    assertThat(first.header("x-zc-version")).isEqualTo("2022-11-20");
    assertThat(first.header("Authorization")).startsWith("ZC2-HMAC-SHA256 Credential=" + TestClient.ID);
    assertThat(first.bodyJson().path("catalog").asText()).isEqualTo("ubuntu");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.errorCode()).isNull();
    assertThat(all.get(1).status()).isEqualTo(400);
    assertThat(all.get(1).errorCode()).isEqualTo("MISSING_PARAMETER");
    server.clearRequests();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void recordLimitKeepsTheNewest() {
    try (MockServer small = MockServer.builder(TestClient.model()).recordLimit(2).start()) {
      TestClient c = new TestClient(small.endpoint());
      for (int page = 1; page <= 5; page++) {
        c.call("DescribeImages", "{\"pageNum\":" + page + "}");
      }
      assertThat(small.requests())
          .extracting(r -> r.bodyJson().path("pageNum").asInt())
          .containsExactly(4, 5);
    }
  }
}
