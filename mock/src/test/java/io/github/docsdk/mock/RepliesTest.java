package io.github.docsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.TypeConformance;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RepliesTest {

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
  void exampleWhoseRequestMatchesTheBodyIsChosen() {
    JsonNode ubuntu = client.call("DescribeImages", "{\"catalog\":\"ubuntu\"}").response();
    assertThat(ubuntu.path("images").get(0).path("imageId").asText()).isEqualTo("img-ubuntu-2204");
    JsonNode other = client.call("DescribeImages", "{\"catalog\":\"windows\"}").response();
    assertThat(other.path("images").get(0).path("imageId").asText()).isEqualTo("img-centos-79");
  }

  @Test
  void everyReplyHasAFreshRequestIdInBothPlaces() {
    TestClient.Reply a = client.call("DescribeImages", "{}");
    TestClient.Reply b = client.call("DescribeImages", "{}");
    String idA = a.json.path("requestId").asText();
    assertThat(idA).isNotEqualTo(b.json.path("requestId").asText());
    assertThat(a.response().path("requestId").asText()).isEqualTo(idA);
    // Apart from the ids the two replies are the same example.
    ObjectNode ra = (ObjectNode) a.response().deepCopy();
    ObjectNode rb = (ObjectNode) b.response().deepCopy();
    ra.remove("requestId");
    rb.remove("requestId");
    assertThat(ra).isEqualTo(rb);
    assertThat(ra.path("totalCount").asLong()).isEqualTo(1);
  }

  @Test
  void invalidExampleFallsBackToATypeCorrectSynthesisedReply() {
    TestClient.Reply r = client.call("CreateInstances", "{\"zoneId\":\"SEL-A\",\"instanceTypeId\":\"M6\"}");
    assertThat(r.status).as(r.body).isEqualTo(200);
    JsonNode p = r.response();
    // The example on another action's page ("copied") must not be used either.
    assertThat(p.path("orderNumber").isTextual()).isTrue();
    assertThat(p.path("orderNumber").asText()).isNotEqualTo("copied");
    assertThat(p.path("instanceIdSet").isArray()).isTrue();
    assertThat(p.path("instanceIdSet")).hasSize(1);
    assertThat(p.path("instanceIdSet").get(0).isTextual()).isTrue();
    assertThat(p.path("chargeType").asText()).isIn("PREPAID", "POSTPAID");
    assertThat(p.path("price").isNumber()).isTrue();
    assertThat(p.path("ratio").isNumber()).isTrue();
    assertThat(p.path("paid").isBoolean()).isTrue();
    assertThat(java.time.Instant.parse(p.path("createTime").asText())).isNotNull();
    // A self-containing structure is filled once and then cut off.
    JsonNode label = p.path("label");
    assertThat(label.path("key").isTextual()).isTrue();
    assertThat(label.path("children").isArray()).isTrue();
    assertThat(label.path("children")).isEmpty();
  }

  @Test
  void synthesisedRepliesAreDeterministic() {
    try (MockServer other = TestClient.start()) {
      JsonNode a = client.call("ZoneDetails", "{}").response().deepCopy();
      JsonNode b = new TestClient(other.endpoint()).call("ZoneDetails", "{}").response().deepCopy();
      ((ObjectNode) a).remove("requestId");
      ((ObjectNode) b).remove("requestId");
      assertThat(a).isEqualTo(b);
      assertThat(a.path("zoneSet")).hasSize(1);
      assertThat(a.path("zoneSet").get(0).path("zoneId").isTextual()).isTrue();
    }
  }

  @Test
  void exampleContradictingItsTablesIsNotServed() {
    // The ZoneDetails example gives zoneSet as a string where the table says a list.
    assertThat(server.answersWithDocumentedExample("ZoneDetails")).isFalse();
    assertThat(server.answersWithDocumentedExample("DescribeZones")).isFalse();
    assertThat(server.answersWithDocumentedExample("CreateInstances")).isFalse();
    assertThat(server.answersWithDocumentedExample("DescribeImages")).isTrue();
    assertThat(client.call("ZoneDetails", "{}").response().path("zoneSet").isArray()).isTrue();
  }

  @Test
  void exampleKindCheckIgnoresAbsentMembersUnknownEnumValuesAndTimestampSpelling() {
    SpecModel model = SpecModel.of(DefaultReplies.parse(new com.fasterxml.jackson.databind.ObjectMapper(), TestClient.model()));
    List<Member> create = model.operations.get("CreateInstances").response();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    TypeConformance readable = new TypeConformance(model.spec, TypeConformance.Mode.KINDS_ONLY);
    assertThat(readable.check(create,
        DefaultReplies.parse(mapper, "{\"chargeType\":\"SPOT\",\"createTime\":\"2024-01-01 08:00\",\"extra\":1}")))
        .isEmpty();
    assertThat(readable.check(create,
        DefaultReplies.parse(mapper, "{\"label\":{\"children\":[{\"key\":5}]}}")))
        .isPresent();
    assertThat(readable.check(create, DefaultReplies.parse(mapper, "{\"paid\":\"yes\"}")))
        .isPresent();
  }

  @Test
  void exampleEnvelopeVariants() {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(DefaultReplies.responseOf(DefaultReplies.parse(mapper, "Response:\n{\"requestId\":\"x\",\"response\":{\"a\":1}}")))
        .isEqualTo(mapper.createObjectNode().put("a", 1));
    assertThat(DefaultReplies.responseOf(DefaultReplies.parse(mapper, "{\"a\":1}")))
        .isEqualTo(mapper.createObjectNode().put("a", 1));
    assertThat(DefaultReplies.responseOf(DefaultReplies.parse(mapper, "{\"requestId\":\"x\",\"code\":\"E\",\"message\":\"m\"}")))
        .isNull();
    assertThat(DefaultReplies.parse(mapper, "{\"a\":1，\"b\":2}")).isNull();
    assertThat(DefaultReplies.parse(mapper, "<Common Request Params>")).isNull();
  }
}
