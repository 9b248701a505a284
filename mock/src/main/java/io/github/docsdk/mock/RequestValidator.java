package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.mock.SpecModel.MemberDef;
import io.github.docsdk.mock.SpecModel.TypeDef;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Checks a request body against the request members of the model, as the real API does with the
 * common codes MISSING_PARAMETER, INVALID_PARAMETER_TYPE, INVALID_PARAMETER_VALUE and
 * INVALID_PARAMETER_DATE_FORMAT_ERROR. The first violation (in member order, depth first) is
 * reported with the offending member's path, e.g. {@code instances[0].zoneId}. Members the model
 * does not list are ignored, as clients may be newer than the docs.
 */
final class RequestValidator {

  private static final BigInteger MIN_INTEGER = BigInteger.valueOf(Long.MIN_VALUE);
  /** datatype.md: Integer is up to unsigned 64-bit. */
  private static final BigInteger MAX_INTEGER = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final SpecModel model;
  /** Lenient: only JSON kinds are checked (for docs examples of responses, see {@link #conforms}). */
  private final boolean kindsOnly;

  RequestValidator(SpecModel model) {
    this(model, false);
  }

  private RequestValidator(SpecModel model, boolean kindsOnly) {
    this.model = model;
    this.kindsOnly = kindsOnly;
  }

  /**
   * Whether a docs example's response payload has the JSON kinds its members declare, so that an
   * SDK can read it. Absent members, unlisted enum values (the service may be ahead of the docs)
   * and timestamp spellings (SDKs keep the raw text) are not held against it.
   */
  static boolean conforms(SpecModel model, List<MemberDef> members, JsonNode payload) {
    return payload != null
        && payload.isObject()
        && new RequestValidator(model, true).members(members, payload, "", new ArrayDeque<>()) == null;
  }

  /** @return null when valid, else the error to answer with */
  ErrorReply validate(SpecModel.Operation op, JsonNode body) {
    if (body == null || !body.isObject()) {
      return error(CommonErrors.INVALID_PARAMETER_TYPE, "the request body must be a JSON object");
    }
    return members(op.request, body, "", new ArrayDeque<>());
  }

  private ErrorReply members(List<MemberDef> members, JsonNode object, String prefix, Deque<String> visiting) {
    for (MemberDef m : members) {
      JsonNode value = object.get(m.name);
      String path = prefix + m.name;
      if (value == null || value.isNull()) {
        if (m.required && !kindsOnly) {
          return error(CommonErrors.MISSING_PARAMETER, "missing required parameter `" + path + "`");
        }
        continue;
      }
      ErrorReply e = value(m.type, value, path, visiting);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private ErrorReply value(TypeDef type, JsonNode value, String path, Deque<String> visiting) {
    switch (type.kind) {
      case STRING:
        return value.isTextual() ? null : wrongType(path, "a string", value);
      case INTEGER:
        if (!value.isIntegralNumber()) {
          return wrongType(path, "an integer", value);
        }
        BigInteger v = value.bigIntegerValue();
        return v.compareTo(MIN_INTEGER) >= 0 && v.compareTo(MAX_INTEGER) <= 0
            ? null
            : wrongType(path, "an integer of at most 64 bits", value);
      case BOOLEAN:
        return value.isBoolean() ? null : wrongType(path, "a boolean", value);
      case FLOAT:
      case DOUBLE:
      case BIGDECIMAL:
        return value.isNumber() ? null : wrongType(path, "a number", value);
      case TIMESTAMP:
        return timestamp(value, path);
      case ENUM:
        return enumValue(type.shape, value, path);
      case LIST:
        return list(type.element, value, path, visiting);
      case STRUCTURE:
        return structure(type.shape, value, path, visiting);
      default:
        return null;
    }
  }

  private ErrorReply timestamp(JsonNode value, String path) {
    if (!value.isTextual()) {
      return wrongType(path, "a timestamp string", value);
    }
    if (kindsOnly) {
      return null;
    }
    try {
      DateTimeFormatter.ISO_DATE_TIME.parse(value.textValue());
      return null;
    } catch (DateTimeParseException e) {
      return error(
          CommonErrors.INVALID_PARAMETER_DATE_FORMAT_ERROR,
          "parameter `" + path + "` must be an ISO-8601 time such as 2022-01-01T00:00:00Z, got "
              + value);
    }
  }

  private ErrorReply enumValue(String shape, JsonNode value, String path) {
    if (!value.isTextual()) {
      return wrongType(path, "a string", value);
    }
    Set<String> allowed = model.enums.get(shape);
    if (kindsOnly || allowed == null || allowed.isEmpty() || allowed.contains(value.textValue())) {
      return null;
    }
    return error(
        CommonErrors.INVALID_PARAMETER_VALUE,
        "parameter `" + path + "` has value " + value + ", which is not one of " + allowed);
  }

  private ErrorReply list(TypeDef element, JsonNode value, String path, Deque<String> visiting) {
    if (!value.isArray()) {
      return wrongType(path, "an array", value);
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemPath = path + "[" + i + "]";
      if (item == null || item.isNull()) {
        return wrongType(itemPath, "a non-null element", item);
      }
      ErrorReply e = value(element, item, itemPath, visiting);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private ErrorReply structure(String shape, JsonNode value, String path, Deque<String> visiting) {
    if (!value.isObject()) {
      return wrongType(path, "an object", value);
    }
    List<MemberDef> members = model.structures.get(shape);
    if (members == null) {
      return null; // the docs define no such structure: nothing to check against
    }
    // Recursive structures are legal (a tree); the JSON itself is finite, so only guard depth.
    if (visiting.size() > 64) {
      return error(CommonErrors.INVALID_PARAMETER_VALUE, "parameter `" + path + "` is nested too deeply");
    }
    visiting.push(shape);
    try {
      return members(members, value, path + ".", visiting);
    } finally {
      visiting.pop();
    }
  }

  private ErrorReply wrongType(String path, String expected, JsonNode got) {
    String kind = got == null || got.isNull() ? "null" : got.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return error(
        CommonErrors.INVALID_PARAMETER_TYPE, "parameter `" + path + "` must be " + expected + ", got " + kind);
  }

  private ErrorReply error(String code, String message) {
    return CommonErrors.of(model, code, message);
  }
}
