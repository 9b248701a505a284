package io.github.docsdk.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code waiters} part of the model JSON, written and read for {@link ModelJson}. */
final class WaiterJson {

  private WaiterJson() {}

  static ObjectNode write(Waiter w) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", w.name());
    node.put("description", w.description());
    node.put("action", w.action());
    node.put("items", w.items());
    if (w.id() != null) {
      node.put("id", w.id());
    }
    node.put("status", w.status());
    ArrayNode success = node.putArray("success");
    w.success().forEach(success::add);
    ArrayNode failure = node.putArray("failure");
    w.failure().forEach(failure::add);
    node.put("empty", w.onEmpty().json());
    node.put("pollIntervalMillis", w.pollIntervalMillis());
    node.put("maxWaitMillis", w.maxWaitMillis());
    node.put("source", w.location().toString());
    return node;
  }

  static Waiter read(JsonNode n) {
    String name = text(n, "name");
    Waiter.OnEmpty onEmpty = Waiter.OnEmpty.fromJson(n.path("empty").asText("keepWaiting"));
    if (name == null || text(n, "action") == null || text(n, "items") == null || text(n, "status") == null
        || onEmpty == null) {
      throw new IllegalArgumentException("waiter " + name + " needs name, action, items, status and a known empty");
    }
    return Waiter.builder()
        .name(name)
        .description(text(n, "description"))
        .action(text(n, "action"))
        .items(text(n, "items"))
        .id(text(n, "id"))
        .status(text(n, "status"))
        .success(strings(n.path("success")))
        .failure(strings(n.path("failure")))
        .onEmpty(onEmpty)
        .pollIntervalMillis(n.path("pollIntervalMillis").asLong(0))
        .maxWaitMillis(n.path("maxWaitMillis").asLong(0))
        .location(ModelJson.location(n))
        .build();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
