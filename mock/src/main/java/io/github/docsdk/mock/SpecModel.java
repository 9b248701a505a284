package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model the mock serves ({@link ModelJson} reads it), indexed the way requests look things up:
 * operations by wire name, shapes and error codes by name.
 */
final class SpecModel {

  final Service spec;
  final String service;
  final String apiVersion;
  /** By wire name (the {@code X-ZC-Action} value), in model order. */
  final Map<String, Operation> operations;
  final Map<String, List<Member>> structures;
  /** Enum name to its listed values; an empty set means "any string". */
  final Map<String, Set<String>> enums;
  final Map<String, ErrorCode> commonErrors;
  /** Each operation's own error table by code, by wire name. */
  private final Map<String, Map<String, ErrorCode>> operationErrors;

  private SpecModel(Service spec) {
    this.spec = spec;
    this.service = spec.name();
    this.apiVersion = spec.apiVersion();
    Map<String, Operation> ops = new LinkedHashMap<>();
    Map<String, Map<String, ErrorCode>> opErrors = new LinkedHashMap<>();
    for (Operation op : spec.operations()) {
      if (ops.putIfAbsent(op.wireName(), op) == null) {
        opErrors.put(op.wireName(), errors(op.errors()));
      }
    }
    this.operations = Collections.unmodifiableMap(ops);
    this.operationErrors = opErrors;
    Map<String, List<Member>> structs = new LinkedHashMap<>();
    for (StructureShape s : spec.structures()) {
      structs.putIfAbsent(s.name(), s.members());
    }
    this.structures = Collections.unmodifiableMap(structs);
    Map<String, Set<String>> enumValues = new LinkedHashMap<>();
    for (EnumShape e : spec.enums()) {
      Set<String> values = new LinkedHashSet<>();
      e.values().forEach(v -> values.add(v.value()));
      enumValues.putIfAbsent(e.name(), Collections.unmodifiableSet(values));
    }
    this.enums = Collections.unmodifiableMap(enumValues);
    this.commonErrors = errors(spec.commonErrors());
  }

  /**
   * @throws IllegalArgumentException when the tree is not a docsdk model of a known format
   */
  static SpecModel of(JsonNode root) {
    Service spec = ModelJson.read(root);
    if (spec.name().isEmpty()) {
      throw new IllegalArgumentException("docsdk model has no 'service' name");
    }
    return new SpecModel(spec);
  }

  /** The documented error for a code: the operation's own table first, then the common page. */
  ErrorCode error(Operation op, String code) {
    Map<String, ErrorCode> own = op == null ? null : operationErrors.get(op.wireName());
    ErrorCode found = own == null ? null : own.get(code);
    return found != null ? found : commonErrors.get(code);
  }

  /** The first action whose table documents a code (a not-found code may live on a related page), or null. */
  ErrorCode anyError(String code) {
    for (Map<String, ErrorCode> table : operationErrors.values()) {
      ErrorCode e = table.get(code);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static Map<String, ErrorCode> errors(List<ErrorCode> table) {
    Map<String, ErrorCode> out = new LinkedHashMap<>();
    for (ErrorCode e : table) {
      // First row wins, as the docs read top to bottom; a later row with a status fills a gap.
      ErrorCode previous = out.get(e.code());
      if (previous == null || (previous.httpStatus() == null && e.httpStatus() != null)) {
        out.put(e.code(), e);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
