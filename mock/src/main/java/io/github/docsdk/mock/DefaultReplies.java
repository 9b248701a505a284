package io.github.docsdk.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.TypeConformance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unscripted reply of each action: the docs' example response when it is valid JSON with the
 * documented kinds (the one whose example request equals the received body, if several), else a
 * synthesised one. Computed
 * once; the stored trees are only read afterwards, so they are safe to share between threads.
 */
final class DefaultReplies {

  private final Map<String, List<Candidate>> examples = new HashMap<>();
  private final Map<String, ObjectNode> synthesised = new HashMap<>();

  DefaultReplies(SpecModel model, ObjectMapper mapper) {
    ResponseSynthesizer synthesizer = new ResponseSynthesizer(model);
    // An example contradicting its own tables would break the SDK reading it: not served.
    TypeConformance readable = new TypeConformance(model.spec, TypeConformance.Mode.KINDS_ONLY);
    for (Operation op : model.operations.values()) {
      List<Candidate> list = new ArrayList<>();
      for (Example e : op.examples()) {
        if (!e.action().isEmpty() && !e.action().equals(op.wireName()) && !e.action().equals(op.name())) {
          continue; // an example calling another action says nothing about this one
        }
        ObjectNode response = responseOf(parse(mapper, e.response()));
        if (response != null && readable.check(op.response(), response).isEmpty()) {
          list.add(new Candidate(parse(mapper, e.request()), response));
        }
      }
      examples.put(op.wireName(), Collections.unmodifiableList(list));
      synthesised.put(op.wireName(), synthesizer.response(op));
    }
  }

  /** The response object (inside the envelope) for a request to an operation. */
  ObjectNode reply(Operation op, JsonNode requestBody) {
    List<Candidate> candidates = examples.getOrDefault(op.wireName(), List.of());
    for (Candidate c : candidates) {
      if (c.request != null && c.request.equals(requestBody)) {
        return c.response;
      }
    }
    return candidates.isEmpty() ? synthesised.get(op.wireName()) : candidates.get(0).response;
  }

  /** The reply built from the response members, whatever the examples say. */
  ObjectNode synthesised(Operation op) {
    return synthesised.get(op.wireName());
  }

  /** Whether the default reply comes from the docs (true) or is synthesised (false). */
  boolean hasExample(String wireName) {
    return !examples.getOrDefault(wireName, List.of()).isEmpty();
  }

  /**
   * The success payload of an example response: unwraps the {@code {"requestId","response"}}
   * envelope when present, takes a bare object as the payload, and rejects error envelopes.
   */
  static ObjectNode responseOf(JsonNode example) {
    if (example == null || !example.isObject()) {
      return null;
    }
    JsonNode inner = example.get("response");
    if (inner != null && inner.isObject()) {
      return (ObjectNode) inner;
    }
    if (example.has("code") && example.has("message") && !example.has("response")) {
      return null;
    }
    return (ObjectNode) example;
  }

  /** Lenient: the text may carry words before the JSON (e.g. a stray {@code Response:} line). */
  static JsonNode parse(ObjectMapper mapper, String text) {
    if (text == null) {
      return null;
    }
    int start = text.indexOf('{');
    if (start < 0) {
      return null;
    }
    try {
      return mapper.readTree(text.substring(start));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static final class Candidate {
    final JsonNode request;
    final ObjectNode response;

    Candidate(JsonNode request, ObjectNode response) {
      this.request = request;
      this.response = response;
    }
  }
}
