package io.github.docsdk.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code resources} part of the model JSON (see {@link ModelJson}); optional members are left out when absent. */
final class ResourceJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResourceJson() {}

  static ArrayNode write(List<Resource> resources) {
    ArrayNode array = NODES.arrayNode();
    for (Resource r : resources) {
      ObjectNode node = array.addObject();
      node.put("name", r.name());
      ResourceCreate c = r.create();
      ObjectNode create = node.putObject("create");
      create.put("action", c.action());
      create.put("ids", c.ids());
      putIfSet(create, "count", c.count());
      create.set("members", map(c.members()));
      create.set("states", strings(c.states()));
      create.put("settles", c.settles());
      putIfSet(create, "fullError", c.fullError());
      ResourceList l = r.list();
      ObjectNode list = node.putObject("list");
      list.put("action", l.action());
      list.put("items", l.items());
      list.put("id", l.id());
      list.put("status", l.status());
      putIfSet(list, "filter", l.filter());
      ArrayNode actions = node.putArray("actions");
      for (ResourceAction a : r.actions()) {
        ObjectNode action = actions.addObject();
        action.put("action", a.action());
        action.put("ids", a.ids());
        action.set("from", strings(a.from()));
        action.set("via", strings(a.via()));
        if (a.removes()) {
          action.put("removes", true);
        } else {
          action.put("to", a.to());
        }
        putIfSet(action, "denied", a.denied());
        action.set("deniedIn", map(a.deniedIn()));
      }
      node.put("notFound", r.notFound());
      node.put("source", r.location().toString());
    }
    return array;
  }

  static List<Resource> read(JsonNode array) {
    List<Resource> out = new ArrayList<>();
    if (array == null || !array.isArray()) {
      return out;
    }
    for (JsonNode n : array) {
      String name = text(n, "name");
      try {
        JsonNode c = n.path("create");
        JsonNode l = n.path("list");
        List<ResourceAction> actions = new ArrayList<>();
        for (JsonNode a : n.path("actions")) {
          actions.add(ResourceAction.builder()
              .action(text(a, "action"))
              .ids(text(a, "ids"))
              .from(strings(a.path("from")))
              .via(strings(a.path("via")))
              .to(text(a, "to"))
              .removes(a.path("removes").asBoolean(false))
              .denied(text(a, "denied"))
              .deniedIn(map(a.path("deniedIn")))
              .build());
        }
        out.add(Resource.builder()
            .name(name)
            .create(ResourceCreate.builder()
                .action(text(c, "action"))
                .ids(text(c, "ids"))
                .count(text(c, "count"))
                .members(map(c.path("members")))
                .states(strings(c.path("states")))
                .settles(text(c, "settles"))
                .fullError(text(c, "fullError"))
                .build())
            .list(ResourceList.builder()
                .action(text(l, "action"))
                .items(text(l, "items"))
                .id(text(l, "id"))
                .status(text(l, "status"))
                .filter(text(l, "filter"))
                .build())
            .actions(actions)
            .notFound(text(n, "notFound"))
            .location(ModelJson.location(n))
            .build());
      } catch (NullPointerException | IllegalArgumentException e) {
        throw new IllegalArgumentException("resource " + name + " in model is incomplete: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static ObjectNode map(Map<String, String> values) {
    ObjectNode node = NODES.objectNode();
    values.forEach(node::put);
    return node;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Map<String, String> map(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
