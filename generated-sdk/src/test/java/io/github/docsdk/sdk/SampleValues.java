package io.github.docsdk.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Type-correct sample values for a member type of the model JSON, for building test requests. */
final class SampleValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SampleValues() {}

  static JsonNode of(JsonNode type) {
    switch (type.path("kind").asText()) {
      case "integer":
        return NODES.numberNode(1L);
      case "boolean":
        return NODES.booleanNode(true);
      case "float":
      case "double":
      case "bigdecimal":
        return NODES.numberNode(1.5d);
      case "timestamp":
        return NODES.textNode("2023-01-01T00:00:00Z");
      case "list":
        return NODES.arrayNode().add(of(type.path("element")));
      case "enum":
        return NODES.textNode(firstValue(type.path("shape").asText()));
      case "structure":
        return structure(type.path("shape").asText());
      default:
        return NODES.textNode("sample");
    }
  }

  private static String firstValue(String enumName) {
    for (JsonNode shape : DocExamples.model().path("shapes")) {
      if (shape.path("name").asText().equals(enumName)) {
        return shape.path("values").path(0).path("value").asText();
      }
    }
    throw new IllegalStateException("no enum " + enumName + " in the model");
  }

  private static ObjectNode structure(String name) {
    ObjectNode node = NODES.objectNode();
    for (JsonNode shape : DocExamples.model().path("shapes")) {
      if (shape.path("name").asText().equals(name)) {
        for (JsonNode member : shape.path("members")) {
          if (member.path("required").asBoolean()) {
            node.set(member.path("name").asText(), of(member.path("type")));
          }
        }
      }
    }
    return node;
  }
}
