package io.github.docsdk.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one answer to "does this JSON value fit this declared type": the rule for scalar kinds
 * ({@link #fits}) that the parser's example check uses, and a walk of a whole JSON object against
 * members ({@link #check}) that the mock uses on requests and on the docs' example replies. The
 * first violation, in member order and depth first, is reported with the member's path, e.g.
 * {@code instances[0].zoneId}. Members the model does not list are not checked (clients and
 * services may be newer than the docs).
 */
public final class TypeConformance {

  /** The kinds of JSON value, with numbers split the way the docs' type system splits them. */
  public enum JsonKind {
    NULL,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    STRING,
    ARRAY,
    OBJECT;

    public static JsonKind of(JsonNode value) {
      if (value == null || value.isNull() || value.isMissingNode()) {
        return NULL;
      }
      if (value.isBoolean()) {
        return BOOLEAN;
      }
      if (value.isIntegralNumber()) {
        return INTEGER;
      }
      if (value.isNumber()) {
        return DECIMAL;
      }
      if (value.isTextual()) {
        return STRING;
      }
      return value.isArray() ? ARRAY : OBJECT;
    }
  }

  /** How strict a {@link #check} is. */
  public enum Mode {
    /** Requests: required members, integer range, enum values and ISO-8601 timestamps too. */
    STRICT,
    /**
     * The docs' example replies: only JSON kinds, so that absent members, values the docs do not
     * list (the service may be ahead of them) and other timestamp spellings are not held against
     * an example an SDK can read.
     */
    KINDS_ONLY
  }

  /** The first thing that does not fit. */
  public static final class Violation {

    /** What kind of misfit; callers map these to their own codes. */
    public enum Kind {
      MISSING,
      WRONG_TYPE,
      NOT_A_LISTED_VALUE,
      NOT_A_TIMESTAMP,
      TOO_DEEP
    }

    private final Kind kind;
    private final String path;
    private final String message;

    Violation(Kind kind, String path, String message) {
      this.kind = kind;
      this.path = path;
      this.message = message;
    }

    public Kind kind() {
      return kind;
    }

    /** The member's path, e.g. {@code instances[0].zoneId}. */
    public String path() {
      return path;
    }

    /** One sentence naming the member, e.g. {@code parameter `pageSize` must be an integer, got string}. */
    public String message() {
      return message;
    }

    @Override
    public String toString() {
      return kind + ": " + message;
    }
  }

  private static final BigInteger MIN_INTEGER = BigInteger.valueOf(Long.MIN_VALUE);
  /** datatype.md: Integer is up to unsigned 64-bit. */
  private static final BigInteger MAX_INTEGER = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  /** Recursive structures are legal (a tree); the JSON itself is finite, so only depth is guarded. */
  private static final int MAX_DEPTH = 64;

  private final Map<String, List<Member>> structures = new HashMap<>();
  /** An empty set means "any string". */
  private final Map<String, Set<String>> enums = new HashMap<>();
  private final Mode mode;

  public TypeConformance(Service service, Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    for (StructureShape s : service.structures()) {
      structures.putIfAbsent(s.name(), s.members());
    }
    for (EnumShape e : service.enums()) {
      Set<String> values = new LinkedHashSet<>();
      e.values().forEach(v -> values.add(v.value()));
      enums.putIfAbsent(e.name(), values);
    }
  }

  /**
   * Whether a JSON value of kind {@code actual} can be read as {@code declared}, looking only at
   * the kind: strings for strings, timestamps and enums; integers for integers; any number for
   * floating and decimal types; booleans for booleans; arrays for lists; objects for structures.
   */
  public static boolean fits(TypeRef.Kind declared, JsonKind actual) {
    switch (declared) {
      case STRING:
      case TIMESTAMP:
      case ENUM:
        return actual == JsonKind.STRING;
      case INTEGER:
        return actual == JsonKind.INTEGER;
      case FLOAT:
      case DOUBLE:
      case BIGDECIMAL:
        return actual == JsonKind.INTEGER || actual == JsonKind.DECIMAL;
      case BOOLEAN:
        return actual == JsonKind.BOOLEAN;
      case LIST:
        return actual == JsonKind.ARRAY;
      case STRUCTURE:
        return actual == JsonKind.OBJECT;
      default:
        return false;
    }
  }

  /** Checks the members of a JSON object; empty when everything fits. */
  public Optional<Violation> check(List<Member> members, JsonNode object) {
    if (object == null || !object.isObject()) {
      return Optional.of(new Violation(Violation.Kind.WRONG_TYPE, "", "the body must be a JSON object"));
    }
    return Optional.ofNullable(members(members, object, "", 0));
  }

  private Violation members(List<Member> members, JsonNode object, String prefix, int depth) {
    for (Member m : members) {
      JsonNode value = object.get(m.name());
      String path = prefix + m.name();
      if (value == null || value.isNull()) {
        if (m.required() && mode == Mode.STRICT) {
          return new Violation(Violation.Kind.MISSING, path, "missing required parameter `" + path + "`");
        }
        continue;
      }
      Violation v = value(m.type(), value, path, depth);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private Violation value(TypeRef type, JsonNode value, String path, int depth) {
    JsonKind kind = JsonKind.of(value);
    if (!fits(type.kind(), kind)) {
      return wrongType(path, expected(type.kind()), value);
    }
    switch (type.kind()) {
      case INTEGER:
        BigInteger v = value.bigIntegerValue();
        return v.compareTo(MIN_INTEGER) >= 0 && v.compareTo(MAX_INTEGER) <= 0
            ? null
            : wrongType(path, "an integer of at most 64 bits", value);
      case TIMESTAMP:
        return timestamp(value, path);
      case ENUM:
        return enumValue(type.shape(), value, path);
      case LIST:
        return list(type.element(), value, path, depth);
      case STRUCTURE:
        return structure(type.shape(), value, path, depth);
      default:
        return null;
    }
  }

  private static String expected(TypeRef.Kind kind) {
    switch (kind) {
      case STRING:
      case ENUM:
        return "a string";
      case INTEGER:
        return "an integer";
      case BOOLEAN:
        return "a boolean";
      case TIMESTAMP:
        return "a timestamp string";
      case LIST:
        return "an array";
      case STRUCTURE:
        return "an object";
      default:
        return "a number";
    }
  }

  private Violation timestamp(JsonNode value, String path) {
    if (mode == Mode.KINDS_ONLY) {
      return null;
    }
    try {
      DateTimeFormatter.ISO_DATE_TIME.parse(value.textValue());
      return null;
    } catch (DateTimeParseException e) {
      return new Violation(Violation.Kind.NOT_A_TIMESTAMP, path,
          "parameter `" + path + "` must be an ISO-8601 time such as 2022-01-01T00:00:00Z, got " + value);
    }
  }

  private Violation enumValue(String shape, JsonNode value, String path) {
    Set<String> allowed = enums.get(shape);
    if (mode == Mode.KINDS_ONLY || allowed == null || allowed.isEmpty() || allowed.contains(value.textValue())) {
      return null;
    }
    return new Violation(Violation.Kind.NOT_A_LISTED_VALUE, path,
        "parameter `" + path + "` has value " + value + ", which is not one of " + allowed);
  }

  private Violation list(TypeRef element, JsonNode value, String path, int depth) {
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemPath = path + "[" + i + "]";
      if (item == null || item.isNull()) {
        return wrongType(itemPath, "a non-null element", item);
      }
      Violation v = value(element, item, itemPath, depth);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private Violation structure(String shape, JsonNode value, String path, int depth) {
    List<Member> members = structures.get(shape);
    if (members == null) {
      return null; // the docs define no such structure: nothing to check against
    }
    if (depth > MAX_DEPTH) {
      return new Violation(Violation.Kind.TOO_DEEP, path, "parameter `" + path + "` is nested too deeply");
    }
    return members(members, value, path + ".", depth + 1);
  }

  private static Violation wrongType(String path, String expected, JsonNode got) {
    String kind = got == null || got.isNull() ? "null" : got.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return new Violation(Violation.Kind.WRONG_TYPE, path, "parameter `" + path + "` must be " + expected + ", got " + kind);
  }
}
