package io.github.docsdk.cli.probe;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeConformance;
import io.github.docsdk.spec.TypeConformance.JsonKind;
import io.github.docsdk.spec.TypeRef;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a reply's {@code response} object with the model: members the model lacks and members
 * of another JSON kind, by the model's own rule ({@link TypeConformance#fits}). Each drift of one
 * member is reported once per run, however many replies or list elements show it.
 */
final class ReplyComparer {

  /** List elements looked at per list: drift shows in the first ones, and replies can be long. */
  private static final int ELEMENTS_CHECKED = 50;
  /** Recursive structures are legal; the walk stops this deep. */
  private static final int MAX_DEPTH = 32;

  private final Service service;
  private final String endpoint;
  private final Set<String> reported = new HashSet<>();

  /** @param endpoint the endpoint as shown (no user info), quoted in the suggestions' why */
  ReplyComparer(Service service, String endpoint) {
    this.service = service;
    this.endpoint = endpoint;
  }

  /** Where one compared object sits: its owner in the overrides format and its path for messages. */
  private record Owner(String section, String name, String side, SourceLocation location) {}

  void compare(Operation op, JsonNode response, List<Finding> out) {
    object(response, op.response(), new Owner("actions", op.name(), "response", op.location()),
        op.name() + " response", out, 0);
  }

  private void object(JsonNode node, List<Member> members, Owner owner, String path, List<Finding> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Optional<Member> m = members.stream().filter(x -> x.name().equals(field.getKey())).findFirst();
      if (m.isPresent()) {
        value(field.getValue(), m.get(), owner, path + "." + field.getKey(), out, depth);
      } else {
        unknown(field.getKey(), field.getValue(), members, owner, path, out);
      }
    }
  }

  private void value(JsonNode v, Member m, Owner owner, String path, List<Finding> out, int depth) {
    JsonKind actual = JsonKind.of(v);
    if (actual == JsonKind.NULL) {
      return;
    }
    TypeRef t = m.type();
    if (!TypeConformance.fits(t.kind(), actual)) {
      if (reported.add(owner.section() + "/" + owner.name() + "/" + m.name() + "/kind")) {
        String type = kindFix(v, t);
        String message = path + ": the docs say " + t.describe() + " (" + kindName(t) + "), the service sent "
            + article(actual) + " " + name(actual);
        out.add(new Finding(DiagnosticCode.PROBE_KIND_MISMATCH.at(m.location(), message,
            type == null ? "no type to suggest" : "suggested type " + type),
            type == null ? null : suggestion(owner, m.name(), false, type, "got " + article(actual) + " "
                + name(actual) + " for " + path + ", documented as " + t.describe())));
      }
    }
    // Walk what is there against the structure the docs mean, whichever way it is wrapped.
    TypeRef inner = t.isList() ? t.element() : t;
    if (inner.kind() == TypeRef.Kind.STRUCTURE) {
      structure(v, inner.shape(), path, out, depth);
    } else if (t.isList() && v.isArray()) {
      int i = 0;
      for (JsonNode e : v) {
        if (i++ == ELEMENTS_CHECKED) {
          break;
        }
        if (!e.isNull() && !TypeConformance.fits(inner.kind(), JsonKind.of(e))
            && reported.add(owner.section() + "/" + owner.name() + "/" + m.name() + "/element")) {
          out.add(new Finding(DiagnosticCode.PROBE_KIND_MISMATCH.at(m.location(), path + "[]: the docs say "
              + inner.describe() + " elements, the service sent " + article(JsonKind.of(e)) + " "
              + name(JsonKind.of(e)), "no type to suggest"), null));
        }
      }
    }
  }

  private void structure(JsonNode v, String shapeName, String path, List<Finding> out, int depth) {
    Optional<StructureShape> shape = service.structures().stream().filter(s -> s.name().equals(shapeName)).findFirst();
    if (shape.isEmpty()) {
      return;
    }
    Owner owner = new Owner("structures", shapeName, null, shape.get().location());
    if (v.isObject()) {
      object(v, shape.get().members(), owner, path, out, depth + 1);
    } else if (v.isArray()) {
      int i = 0;
      for (JsonNode e : v) {
        if (i++ == ELEMENTS_CHECKED) {
          break;
        }
        if (e.isObject()) {
          object(e, shape.get().members(), owner, path + "[]", out, depth + 1);
        }
      }
    }
  }

  private void unknown(String name, JsonNode v, List<Member> members, Owner owner, String path, List<Finding> out) {
    if (!reported.add(owner.section() + "/" + owner.name() + "/" + name + "/unknown")) {
      return;
    }
    String type = spelled(v);
    // The finding points at the table the member is missing from: its first row, else its heading.
    SourceLocation at = members.isEmpty() ? owner.location() : members.get(0).location();
    String message = path + " has a member the docs do not list: " + name + " (" + name(JsonKind.of(v)) + ")";
    out.add(new Finding(DiagnosticCode.PROBE_UNKNOWN_MEMBER.at(at, message,
        type == null ? "kept in unknownFields(); no type to suggest" : "kept in unknownFields(); suggested " + type),
        type == null ? null : suggestion(owner, name, true, type, "got " + name + " (" + name(JsonKind.of(v))
            + ") in " + path + ", which the docs do not list")));
  }

  private Finding.Suggestion suggestion(Owner owner, String member, boolean add, String type, String seen) {
    return new Finding.Suggestion(owner.section(), owner.name(), owner.side(), member, add, type,
        "The drift probe of " + endpoint + " " + seen + ".");
  }

  /** The type to write for a value of the wrong kind, keeping the documented structure when it fits. */
  private static String kindFix(JsonNode v, TypeRef documented) {
    TypeRef inner = documented.isList() ? documented.element() : documented;
    if (v.isArray() && !documented.isList() && inner.kind() != TypeRef.Kind.STRUCTURE
        && (v.isEmpty() || TypeConformance.fits(inner.kind(), JsonKind.of(v.get(0))))) {
      return "Array of " + docsName(inner);
    }
    if (v.isArray() && inner.kind() == TypeRef.Kind.STRUCTURE && (v.isEmpty() || v.get(0).isObject())) {
      return "Array of " + inner.shape();
    }
    if (v.isObject() && documented.isList() && inner.kind() == TypeRef.Kind.STRUCTURE) {
      return inner.shape();
    }
    if (v.isIntegralNumber() && documented.kind() == TypeRef.Kind.TIMESTAMP) {
      return "Integer";
    }
    return spelled(v);
  }

  /** The docs' spelling of the type a value shows; null for objects and lists of them. */
  private static String spelled(JsonNode v) {
    switch (JsonKind.of(v)) {
      case STRING:
        return "String";
      case BOOLEAN:
        return "Boolean";
      case INTEGER:
        return "Integer";
      case DECIMAL:
        return "Double";
      case ARRAY:
        String element = v.isEmpty() ? null : spelled(v.get(0));
        return element == null || element.startsWith("Array") ? null : "Array of " + element;
      default:
        return null;
    }
  }

  private static String docsName(TypeRef t) {
    switch (t.kind()) {
      case ENUM:
      case STRUCTURE:
        return t.shape();
      case BIGDECIMAL:
        return "BigDecimal";
      default:
        return t.describe(); // String, Integer, Boolean, Float, Double, Timestamp
    }
  }

  private static String kindName(TypeRef t) {
    switch (t.kind()) {
      case LIST:
        return "a list";
      case STRUCTURE:
        return "an object";
      case BOOLEAN:
        return "a boolean";
      case INTEGER:
        return "an integer";
      case FLOAT:
      case DOUBLE:
      case BIGDECIMAL:
        return "a number";
      default:
        return "a string";
    }
  }

  private static String name(JsonKind k) {
    switch (k) {
      case ARRAY:
        return "list";
      case DECIMAL:
        return "decimal number";
      default:
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String article(JsonKind k) {
    return k == JsonKind.OBJECT || k == JsonKind.INTEGER ? "an" : "a";
  }
}
