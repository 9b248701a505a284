package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Builds a reply from response members when the docs give no usable example: deterministic (the
 * same model always gives the same JSON), type-correct, enums from their first listed value,
 * lists with one element, nested structures filled in. A structure that contains itself is cut
 * off at the second level so the reply stays finite.
 */
final class ResponseSynthesizer {

  /** A fixed, valid ISO-8601 instant (the API version date of the seed docs). */
  static final String TIMESTAMP = "2022-11-20T00:00:00Z";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecModel model;

  ResponseSynthesizer(SpecModel model) {
    this.model = model;
  }

  ObjectNode response(Operation op) {
    return object(op.response(), new ArrayDeque<>());
  }

  private ObjectNode object(List<Member> members, Deque<String> visiting) {
    ObjectNode node = NODES.objectNode();
    for (Member m : members) {
      JsonNode value = value(m.name(), m.type(), visiting);
      if (value != null) {
        node.set(m.name(), value);
      }
    }
    return node;
  }

  /** @return null when the member must be left out to stop a recursion */
  private JsonNode value(String name, TypeRef type, Deque<String> visiting) {
    switch (type.kind()) {
      case STRING:
        return NODES.textNode(name + "-1");
      case INTEGER:
        return NODES.numberNode(1L);
      case BOOLEAN:
        return NODES.booleanNode(true);
      case FLOAT:
      case DOUBLE:
        return NODES.numberNode(1.5d);
      case BIGDECIMAL:
        return NODES.numberNode(new BigDecimal("1.50"));
      case TIMESTAMP:
        return NODES.textNode(TIMESTAMP);
      case ENUM:
        Set<String> values = model.enums.get(type.shape());
        return NODES.textNode(values == null || values.isEmpty() ? name + "-1" : values.iterator().next());
      case LIST:
        JsonNode element = value(name, type.element(), visiting);
        ArrayNode array = NODES.arrayNode();
        if (element != null) {
          array.add(element);
        }
        return array;
      case STRUCTURE:
        if (visiting.contains(type.shape())) {
          return null;
        }
        List<Member> members = model.structures.get(type.shape());
        if (members == null) {
          return NODES.objectNode();
        }
        visiting.push(type.shape());
        try {
          return object(members, visiting);
        } finally {
          visiting.pop();
        }
      default:
        return NODES.nullNode();
    }
  }
}
