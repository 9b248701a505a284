package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code stateful(true)}: resources kept as the model's declarations say, driven by a signed
 * client over 127.0.0.1. The model is {@code specs/bmc} with {@code corrections/zenlayer-bmc-2022-11-20.json}
 * (written by {@code docsdk model ... --overrides}, cut to the instance actions). The server's clock
 * is moved by hand, so transitions are exact and the tests never sleep.
 */
class StatefulMockTest {

  private static final String CREATE = "{\"zoneId\":\"SEL-A\",\"instanceChargeType\":\"POSTPAID\","
      + "\"instanceTypeId\":\"M6C\",\"internetChargeType\":\"ByBandwidth\"";

  private final HandClock clock = new HandClock();
  private MockServer server;
  private TestClient client;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(int maxResources) {
    server = MockServer.builder(model()).credentials(TestClient.ID, TestClient.PASSWORD).clock(clock)
        .stateful(true).transition(Duration.ofMillis(100)).maxResources(maxResources).start();
    client = new TestClient(server.endpoint());
  }

  @Test
  void anInstanceLivesAsTheDocsSay() {
    start(100);
    TestClient.Reply created = client.call("CreateInstances", CREATE + ",\"instanceName\":\"web-1\"}");
    assertThat(created.status).as(created.body).isEqualTo(200);
    JsonNode ids = created.response().path("instanceIdSet");
    assertThat(ids).hasSize(1);
    String id = ids.get(0).asText();
    assertThat(id).matches("[1-9][0-9]{17}");

    JsonNode instance = only(id);
    assertThat(instance.path("instanceName").asText()).isEqualTo("web-1");
    assertThat(instance.path("instanceTypeId").asText()).isEqualTo("M6C");
    assertThat(instance.path("instanceStatus").asText()).isEqualTo("CREATING");
    assertThat(instance.path("hostname").isTextual()).as("example values for the rest").isTrue();
    clock.advance(50);
    assertThat(status(id)).isEqualTo("BOOTING");
    clock.advance(49);
    assertThat(status(id)).isEqualTo("BOOTING");
    clock.advance(1);
    assertThat(status(id)).isEqualTo("RUNNING");

    assertThat(client.call("StopInstances", "{\"instanceIds\":[\"" + id + "\"]}").status).isEqualTo(200);
    assertThat(status(id)).isEqualTo("STOPPING");
    clock.advance(100);
    assertThat(status(id)).isEqualTo("STOPPED");

    assertThat(client.call("TerminateInstance", "{\"instanceId\":\"" + id + "\"}").status).isEqualTo(200);
    assertThat(status(id)).isEqualTo("RECYCLE");
    assertThat(client.call("ReleaseInstances", "{\"instanceIds\":[\"" + id + "\"]}").status).isEqualTo(200);
    JsonNode listed = list("{\"instanceIds\":[\"" + id + "\"]}");
    assertThat(listed.path("dataSet")).isEmpty();
    assertThat(listed.path("totalCount").asLong()).isZero();
    assertThat(list("{}").path("dataSet")).as("released instances leave the list").isEmpty();
  }

  @Test
  void anActionTheStateDoesNotAllowGetsTheDocumentedError() {
    start(100);
    String id = create("{}").get(0);
    expectError("StopInstances", "{\"instanceIds\":[\"" + id + "\"]}", 403, "OPERATION_DENIED_INSTANCE_NOT_RUNNING");
    clock.advance(100);
    expectError("StartInstances", "{\"instanceIds\":[\"" + id + "\"]}", 403, "OPERATION_DENIED_INSTANCE_NOT_STOPPED");
    expectError("ReleaseInstances", "{\"instanceIds\":[\"" + id + "\"]}", 403, "OPERATION_DENIED_INSTANCE_NOT_RECYCLED");
    String other = create("{}").get(0);
    clock.advance(100);
    assertThat(client.call("StopInstances", "{\"instanceIds\":[\"" + other + "\"]}").status).isEqualTo(200);
    clock.advance(100);
    // one instance refused: the whole batch is refused, the running one keeps running
    expectError("StopInstances", "{\"instanceIds\":[\"" + id + "\",\"" + other + "\"]}", 403,
        "OPERATION_DENIED_INSTANCE_NOT_RUNNING");
    assertThat(status(id)).isEqualTo("RUNNING");
    assertThat(client.call("TerminateInstance", "{\"instanceId\":\"" + other + "\"}").status).isEqualTo(200);
    TestClient.Reply recycled = expectError("StartInstances", "{\"instanceIds\":[\"" + other + "\"]}", 403,
        "OPERATION_DENIED_INSTANCE_RECYCLED");
    assertThat(recycled.message()).contains(other, "RECYCLE", "STOPPED");
    expectError("TerminateInstance", "{\"instanceId\":\"" + other + "\"}", 403, "OPERATION_DENIED_INSTANCE_RECYCLED");
  }

  @Test
  void anUnknownIdGetsTheDocumentedNotFoundError() {
    start(100);
    String id = create("{}").get(0);
    expectError("StopInstances", "{\"instanceIds\":[\"" + id + "\",\"123\"]}", 404, "INVALID_INSTANCE_NOT_FOUND");
    expectError("TerminateInstance", "{\"instanceId\":\"nope\"}", 404, "INVALID_INSTANCE_NOT_FOUND");
    assertThat(status(id)).isEqualTo("CREATING");
  }

  @Test
  void listsFilterByIdsAndByMembersAndPage() {
    start(100);
    List<String> ids = create("{\"amount\":3,\"instanceName\":\"db\"}");
    assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    String web = create("{\"instanceName\":\"web\"}").get(0);
    JsonNode two = list("{\"instanceIds\":[\"" + ids.get(2) + "\",\"" + ids.get(0) + "\"]}");
    assertThat(idsOf(two)).containsExactly(ids.get(0), ids.get(2));
    assertThat(two.path("totalCount").asLong()).isEqualTo(2);
    assertThat(idsOf(list("{\"instanceIds\":[\"404\"]}"))).isEmpty();
    assertThat(idsOf(list("{}"))).hasSize(4);
    assertThat(idsOf(list("{\"instanceName\":\"web\"}"))).containsExactly(web);
    assertThat(idsOf(list("{\"instanceName\":\"d*\"}"))).containsExactlyElementsOf(ids);
    assertThat(idsOf(list("{\"instanceStatus\":\"RUNNING\"}"))).isEmpty();
    JsonNode page = list("{\"pageNum\":2,\"pageSize\":3}");
    assertThat(idsOf(page)).containsExactly(web);
    assertThat(page.path("totalCount").asLong()).isEqualTo(4);
  }

  @Test
  void theNumberOfKeptResourcesIsCappedWithTheDocumentedError() {
    start(2);
    expectError("CreateInstances", CREATE + ",\"amount\":3}", 403, "OPERATION_DENIED_INSTANCE_QUOTA_EXCEED");
    List<String> ids = create("{\"amount\":2}");
    TestClient.Reply full = expectError("CreateInstances", CREATE + "}", 403, "OPERATION_DENIED_INSTANCE_QUOTA_EXCEED");
    assertThat(full.message()).contains("at most 2");
    clock.advance(100);
    client.call("TerminateInstance", "{\"instanceId\":\"" + ids.get(0) + "\"}");
    client.call("ReleaseInstances", "{\"instanceIds\":[\"" + ids.get(0) + "\"]}");
    assertThat(create("{}")).hasSize(1);
    expectError("CreateInstances", CREATE + ",\"amount\":0}", 400, "INVALID_PARAMETER_VALUE");
  }

  @Test
  void idsAreTheSameOnEveryServerAndResetForgetsResourcesButNotIds() {
    start(100);
    String first = create("{}").get(0);
    server.reset();
    assertThat(idsOf(list("{}"))).isEmpty();
    String second = create("{}").get(0);
    assertThat(second).isNotEqualTo(first);
    server.close();
    start(100);
    assertThat(create("{}").get(0)).isEqualTo(first);
  }

  @Test
  void concurrentCreatesAllAppearOnceEach() throws Exception {
    start(1000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> create("{\"amount\":2}")));
      }
      Set<String> all = new TreeSet<>();
      for (Future<List<String>> f : futures) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(80);
      assertThat(new TreeSet<>(idsOf(list("{\"pageSize\":1000}")))).isEqualTo(all);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void scriptsWinAndWithoutStatefulTheMockAnswersAsBefore() {
    start(100);
    server.stub("DescribeInstances", MockReply.error("SERVICE_TEMPORARY_UNAVAILABLE"));
    assertThat(client.call("DescribeInstances", "{}").code()).isEqualTo("SERVICE_TEMPORARY_UNAVAILABLE");
    server.close();
    server = MockServer.builder(model()).credentials(TestClient.ID, TestClient.PASSWORD).clock(clock).start();
    client = new TestClient(server.endpoint());
    assertThat(server.stateful()).isFalse();
    JsonNode before = list("{\"instanceIds\":[\"x\"]}");
    client.call("CreateInstances", CREATE + "}");
    JsonNode after = list("{\"instanceIds\":[\"x\"]}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) before).remove("requestId");
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).remove("requestId");
    assertThat(after).isEqualTo(before);
    assertThat(after.path("dataSet").size()).as("the docs' example").isPositive();
  }

  @Test
  void aModelWithoutResourcesCannotBeStateful() {
    assertThatThrownBy(() -> MockServer.builder(TestClient.model()).stateful(true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declares no resources");
    assertThatThrownBy(() -> MockServer.builder(model()).transition(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> create(String members) {
    String extra = members.equals("{}") ? "" : "," + members.substring(1, members.length() - 1);
    TestClient.Reply r = client.call("CreateInstances", CREATE + extra + "}");
    assertThat(r.status).as(r.body).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.response().path("instanceIdSet").forEach(n -> out.add(n.asText()));
    return out;
  }

  private JsonNode list(String body) {
    TestClient.Reply r = client.call("DescribeInstances", body);
    assertThat(r.status).as(r.body).isEqualTo(200);
    return r.response();
  }

  private JsonNode only(String id) {
    JsonNode items = list("{\"instanceIds\":[\"" + id + "\"]}").path("dataSet");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).path("instanceId").asText()).isEqualTo(id);
    return items.get(0);
  }

  private String status(String id) {
    return only(id).path("instanceStatus").asText();
  }

  private static List<String> idsOf(JsonNode reply) {
    List<String> out = new ArrayList<>();
    reply.path("dataSet").forEach(n -> out.add(n.path("instanceId").asText()));
    return out;
  }

  private TestClient.Reply expectError(String action, String body, int status, String code) {
    TestClient.Reply r = client.call(action, body);
    assertThat(r.status).as(r.body).isEqualTo(status);
    assertThat(r.code()).as(r.body).isEqualTo(code);
    return r;
  }

  static String model() {
    try (InputStream in = StatefulMockTest.class.getResourceAsStream("stateful-model.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock the test moves; it starts at the real time so that signed requests are fresh. */
  static final class HandClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(long millis) {
      now = now.plusMillis(millis);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
