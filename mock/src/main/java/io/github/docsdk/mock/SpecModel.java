package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a docsdk model JSON (the generator's {@code ModelJson} layout, format 1) that the
 * mock needs. Read independently of the generator so that the mock depends on nothing but
 * Jackson; unknown fields are ignored so that additive format changes do not break it.
 */
final class SpecModel {

  static final int FORMAT_VERSION = 1;

  final String service;
  final String apiVersion;
  /** By wire name (the {@code X-ZC-Action} value), in model order. */
  final Map<String, Operation> operations;
  final Map<String, List<MemberDef>> structures;
  /** Enum name to its listed values; an empty set means "any string". */
  final Map<String, Set<String>> enums;
  final Map<String, ErrorDef> commonErrors;

  private SpecModel(JsonNode root) {
    this.service = text(root, "service");
    this.apiVersion = text(root, "apiVersion");
    Map<String, Operation> ops = new LinkedHashMap<>();
    for (JsonNode op : root.path("operations")) {
      Operation o = new Operation(op);
      ops.putIfAbsent(o.wireName, o);
    }
    this.operations = Collections.unmodifiableMap(ops);
    Map<String, List<MemberDef>> structs = new LinkedHashMap<>();
    Map<String, Set<String>> enumValues = new LinkedHashMap<>();
    for (JsonNode shape : root.path("shapes")) {
      String name = text(shape, "name");
      if ("enum".equals(shape.path("kind").asText())) {
        Set<String> values = new LinkedHashSet<>();
        shape.path("values").forEach(v -> values.add(v.path("value").asText()));
        enumValues.putIfAbsent(name, Collections.unmodifiableSet(values));
      } else {
        structs.putIfAbsent(name, members(shape.path("members")));
      }
    }
    this.structures = Collections.unmodifiableMap(structs);
    this.enums = Collections.unmodifiableMap(enumValues);
    this.commonErrors = errors(root.path("commonErrors"));
  }

  /**
   * @throws IllegalArgumentException when the tree is not a docsdk model of a known format
   */
  static SpecModel of(JsonNode root) {
    if (root == null || !root.isObject() || root.path("docsdkModel").asInt(-1) != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "not a docsdk model (format " + FORMAT_VERSION + "): missing or unknown 'docsdkModel'");
    }
    if (text(root, "service").isEmpty()) {
      throw new IllegalArgumentException("docsdk model has no 'service' name");
    }
    return new SpecModel(root);
  }

  /** The documented error for a code: the operation's own table first, then the common page. */
  ErrorDef error(Operation op, String code) {
    ErrorDef own = op == null ? null : op.errors.get(code);
    return own != null ? own : commonErrors.get(code);
  }

  /** One action of the service. */
  static final class Operation {
    final String name;
    final String wireName;
    final List<MemberDef> request;
    final List<MemberDef> response;
    final Map<String, ErrorDef> errors;
    final List<ExampleDef> examples;

    private Operation(JsonNode n) {
      this.name = text(n, "name");
      String wire = text(n, "wireName");
      this.wireName = wire.isEmpty() ? name : wire;
      this.request = members(n.path("request"));
      this.response = members(n.path("response"));
      this.errors = errors(n.path("errors"));
      List<ExampleDef> list = new ArrayList<>();
      n.path("examples")
          .forEach(e -> list.add(new ExampleDef(text(e, "action"), text(e, "request"), text(e, "response"))));
      this.examples = Collections.unmodifiableList(list);
    }
  }

  /** A member of a request, response or structure. */
  static final class MemberDef {
    final String name;
    final boolean required;
    final TypeDef type;

    MemberDef(String name, boolean required, TypeDef type) {
      this.name = name;
      this.required = required;
      this.type = type;
    }
  }

  /** A type reference; kinds are the model's, upper-cased. */
  static final class TypeDef {
    enum Kind { STRING, INTEGER, BOOLEAN, FLOAT, DOUBLE, BIGDECIMAL, TIMESTAMP, LIST, STRUCTURE, ENUM }

    final Kind kind;
    /** Structure or enum name; null otherwise. */
    final String shape;
    /** Element type of a list; null otherwise. */
    final TypeDef element;

    private TypeDef(Kind kind, String shape, TypeDef element) {
      this.kind = kind;
      this.shape = shape;
      this.element = element;
    }

    static TypeDef read(JsonNode n) {
      Kind kind;
      try {
        kind = Kind.valueOf(n.path("kind").asText("string").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // A kind from a newer format: accept anything rather than reject valid requests.
        kind = Kind.STRING;
      }
      TypeDef element = null;
      if (kind == Kind.LIST) {
        element = n.has("element") ? read(n.get("element")) : new TypeDef(Kind.STRING, null, null);
      }
      String shape = n.hasNonNull("shape") ? n.get("shape").asText() : null;
      if ((kind == Kind.STRUCTURE || kind == Kind.ENUM) && shape == null) {
        kind = Kind.STRING;
      }
      return new TypeDef(kind, shape, element);
    }
  }

  /** A documented error code. */
  static final class ErrorDef {
    /** Null when the docs give no status. */
    final Integer httpStatus;
    final String code;
    final String description;

    ErrorDef(Integer httpStatus, String code, String description) {
      this.httpStatus = httpStatus;
      this.code = code;
      this.description = description;
    }
  }

  /** An example's action header and body texts as written in the docs (maybe invalid JSON). */
  static final class ExampleDef {
    final String action;
    final String request;
    final String response;

    ExampleDef(String action, String request, String response) {
      this.action = action;
      this.request = request;
      this.response = response;
    }
  }

  private static List<MemberDef> members(JsonNode array) {
    List<MemberDef> out = new ArrayList<>();
    for (JsonNode m : array) {
      out.add(new MemberDef(text(m, "name"), m.path("required").asBoolean(false), TypeDef.read(m.path("type"))));
    }
    return Collections.unmodifiableList(out);
  }

  private static Map<String, ErrorDef> errors(JsonNode array) {
    Map<String, ErrorDef> out = new LinkedHashMap<>();
    for (JsonNode e : array) {
      JsonNode status = e.path("httpStatus");
      ErrorDef def =
          new ErrorDef(status.isNumber() ? status.asInt() : null, text(e, "code"), text(e, "description"));
      // First row wins, as the docs read top to bottom; a later row with a status fills a gap.
      ErrorDef previous = out.get(def.code);
      if (previous == null || (previous.httpStatus == null && def.httpStatus != null)) {
        out.put(def.code, def);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
