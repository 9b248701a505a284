package io.github.docsdk.parse.internal.corrections;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.page.Names;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import io.github.docsdk.spec.Waiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the {@code waiters} section of the overrides file and checks each declaration against the
 * (already overridden) model:
 *
 * <pre>{@code
 * "waiters": {
 *   "InstanceRunning": {
 *     "why": "...", "description": "...",
 *     "action": "DescribeInstances", "items": "dataSet", "id": "instanceId", "status": "instanceStatus",
 *     "success": ["RUNNING"], "failure": ["CREATE_FAILED"], "empty": "keepWaiting|success|failure",
 *     "pollIntervalSeconds": 10, "maxWaitSeconds": 3600
 *   }
 * }
 * }</pre>
 *
 * A waiter whose action these docs lack is skipped with a note (one corrections file serves several
 * docs trees), unless the name is one letter or two away from an action they have (a typo): that,
 * an action that is not read-only, a member path that leads nowhere and a status value outside the
 * status member's enum are located errors, and the waiter is left out.
 */
final class WaiterDeclarations {

  private static final List<String> KEYS = List.of("why", "description", "action", "items", "id", "status",
      "success", "failure", "empty", "pollIntervalSeconds", "maxWaitSeconds");
  private static final double DEFAULT_POLL_SECONDS = 5;
  private static final double DEFAULT_MAX_WAIT_SECONDS = 600;

  private final Service service;
  private final String file;
  private final Diags d;

  private WaiterDeclarations(Service service, String file, Diags d) {
    this.service = service;
    this.file = file;
    this.d = d;
  }

  /** The waiters the section declares that fit the model. */
  static List<Waiter> read(JsonLite.Field section, Service service, String file, Diags d) {
    WaiterDeclarations reader = new WaiterDeclarations(service, file, d);
    List<Waiter> out = new ArrayList<>(service.waiters());
    if (section.value().kind != JsonLite.Kind.OBJECT) {
      d.report(reader.at(section), DiagnosticCode.WAITER_INVALID, "\"waiters\" must be an object of waiter names",
          "section ignored");
      return out;
    }
    for (JsonLite.Field entry : section.value().fields.values()) {
      reader.waiter(entry).ifPresent(w -> {
        out.removeIf(old -> old.name().equals(w.name()));
        out.add(w);
      });
    }
    return out;
  }

  private Optional<Waiter> waiter(JsonLite.Field entry) {
    SourceLocation at = at(entry);
    String name = entry.name();
    if (!Names.isIdentifier(name) || !Character.isUpperCase(name.charAt(0))) {
      return invalid(entry, "waiter name \"" + name + "\" must be an UpperCamelCase identifier, e.g. InstanceRunning");
    }
    if (entry.value().kind != JsonLite.Kind.OBJECT) {
      return invalid(entry, "waiter " + name + " must be an object");
    }
    Map<String, JsonLite.Field> spec = entry.value().fields;
    for (JsonLite.Field key : spec.values()) {
      if (!KEYS.contains(key.name())) {
        return invalid(key, "unknown key \"" + key.name() + "\" in waiter " + name + " (expected "
            + String.join(", ", KEYS) + ")");
      }
    }
    String action = string(spec, "action");
    String items = string(spec, "items");
    String status = string(spec, "status");
    if (action == null || items == null || status == null) {
      return invalid(entry, "waiter " + name + " needs \"action\", \"items\" and \"status\" (strings)");
    }
    Optional<Operation> op = service.operation(action);
    if (op.isEmpty()) {
      Optional<String> near = service.operations().stream().map(Operation::name)
          .filter(known -> nearMiss(known, action)).findFirst();
      if (near.isPresent()) {
        d.report(at(spec.get("action")), DiagnosticCode.WAITER_INVALID, "waiter " + name + " polls " + action
            + ", which these docs do not have; did you mean " + near.get() + "?", "waiter left out");
      } else {
        d.report(at, DiagnosticCode.WAITER_UNKNOWN_ACTION, "waiter " + name + " polls " + action
            + ", which these docs do not have" + Overrides.because(entry), "waiter skipped");
      }
      return Optional.empty();
    }
    if (!op.get().readOnly()) {
      d.report(at(spec.get("action")), DiagnosticCode.WAITER_ACTION_NOT_READ_ONLY, "waiter " + name + " polls "
          + action + ", which is not read-only: polling it would change what it waits for", "waiter left out");
      return Optional.empty();
    }
    Optional<String> list = listShape(op.get(), items, name, spec.get("items"));
    if (list.isEmpty()) {
      return Optional.empty();
    }
    StructureShape item = (StructureShape) service.shape(list.get()).orElseThrow();
    String id = string(spec, "id");
    if (spec.containsKey("id") && (id == null || scalar(item, id, name, "id", spec.get("id")).isEmpty())) {
      if (id == null) {
        return invalid(spec.get("id"), "\"id\" of waiter " + name + " must be a member path (a string)");
      }
      return Optional.empty();
    }
    Optional<TypeRef> statusType = scalar(item, status, name, "status", spec.get("status"));
    if (statusType.isEmpty()) {
      return Optional.empty();
    }
    List<String> success = values(spec.get("success"), name);
    List<String> failure = values(spec.get("failure"), name);
    if (success == null || failure == null) {
      return Optional.empty();
    }
    Waiter.OnEmpty onEmpty = Waiter.OnEmpty.KEEP_WAITING;
    if (spec.containsKey("empty")) {
      onEmpty = Waiter.OnEmpty.fromJson(string(spec, "empty"));
      if (onEmpty == null) {
        return invalid(spec.get("empty"), "\"empty\" of waiter " + name + " must be keepWaiting, success or failure");
      }
    }
    if (success.isEmpty() && onEmpty != Waiter.OnEmpty.SUCCESS) {
      return invalid(entry, "waiter " + name + " can never succeed: give \"success\" values or \"empty\": \"success\"");
    }
    List<String> both = success.stream().filter(failure::contains).collect(Collectors.toList());
    if (!both.isEmpty()) {
      return invalid(spec.get("failure"), "waiter " + name + " lists " + both + " as both success and failure");
    }
    if (!knownStatuses(statusType.get(), success, spec.get("success"), name)
        || !knownStatuses(statusType.get(), failure, spec.get("failure"), name)) {
      return Optional.empty();
    }
    long poll = millis(spec.get("pollIntervalSeconds"), DEFAULT_POLL_SECONDS, name);
    long maxWait = millis(spec.get("maxWaitSeconds"), DEFAULT_MAX_WAIT_SECONDS, name);
    if (poll <= 0 || maxWait <= 0) {
      return Optional.empty();
    }
    if (spec.containsKey("why")) {
      JsonLite.Field why = spec.get("why");
      if (why.value().kind != JsonLite.Kind.STRING) {
        return invalid(why, "\"why\" of waiter " + name + " must be a sentence (a string)");
      }
    }
    JsonLite.Field description = spec.get("description");
    if (description != null && description.value().kind != JsonLite.Kind.STRING) {
      return invalid(description, "\"description\" of waiter " + name + " must be a string");
    }
    Waiter w = Waiter.builder()
        .name(name)
        .description(description == null ? "" : description.value().text)
        .action(action)
        .items(items)
        .id(id)
        .status(status)
        .success(success)
        .failure(failure)
        .onEmpty(onEmpty)
        .pollIntervalMillis(poll)
        .maxWaitMillis(maxWait)
        .location(at)
        .build();
    d.report(at, DiagnosticCode.OVERRIDE_APPLIED, "waiter " + name + " polls " + action + " until " + items + "[]."
        + status + " is " + (success.isEmpty() ? "gone" : String.join("|", success))
        + (failure.isEmpty() ? "" : ", failing on " + String.join("|", failure)) + ", empty: " + onEmpty.json()
        + Overrides.because(entry), "waiter declared");
    return Optional.of(w);
  }

  /** The structure the items path leads to: a list of structures in the response. */
  private Optional<String> listShape(Operation op, String path, String waiter, JsonLite.Field where) {
    String[] parts = path.split("\\.", -1);
    List<Member> members = op.response();
    String owner = op.name() + " response";
    for (int i = 0; i < parts.length; i++) {
      Member m = member(members, parts[i]);
      if (m == null) {
        return unknownMember(where, waiter, "items", owner + " has no member " + parts[i]);
      }
      TypeRef t = m.type();
      if (i < parts.length - 1) {
        if (t.kind() != TypeRef.Kind.STRUCTURE) {
          return unknownMember(where, waiter, "items", owner + "." + parts[i] + " is not a structure");
        }
        members = structure(t.shape()).members();
        owner = t.shape();
      } else if (!t.isList() || t.element().kind() != TypeRef.Kind.STRUCTURE) {
        return unknownMember(where, waiter, "items", owner + "." + parts[i] + " is not a list of structures");
      } else {
        return Optional.of(t.element().shape());
      }
    }
    return Optional.empty();
  }

  /** The type of a string or enum member reached from an item. */
  private Optional<TypeRef> scalar(StructureShape item, String path, String waiter, String key, JsonLite.Field where) {
    String[] parts = path.split("\\.", -1);
    List<Member> members = item.members();
    String owner = item.name();
    for (int i = 0; i < parts.length; i++) {
      Member m = member(members, parts[i]);
      if (m == null) {
        return unknownMember(where, waiter, key, owner + " has no member " + parts[i]);
      }
      TypeRef t = m.type();
      if (i < parts.length - 1) {
        if (t.kind() != TypeRef.Kind.STRUCTURE) {
          return unknownMember(where, waiter, key, owner + "." + parts[i] + " is not a structure");
        }
        members = structure(t.shape()).members();
        owner = t.shape();
      } else if (t.kind() != TypeRef.Kind.STRING && t.kind() != TypeRef.Kind.ENUM) {
        return unknownMember(where, waiter, key, owner + "." + parts[i] + " is " + t.describe()
            + ", not a String or an enum");
      } else {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private boolean knownStatuses(TypeRef type, List<String> values, JsonLite.Field where, String waiter) {
    if (type.kind() != TypeRef.Kind.ENUM) {
      return true; // a plain String status: the docs give no list to check against
    }
    Optional<Shape> shape = service.shape(type.shape());
    if (shape.isEmpty() || !(shape.get() instanceof EnumShape)) {
      return true;
    }
    EnumShape e = (EnumShape) shape.get();
    List<String> known = e.values().stream().map(EnumValue::value).collect(Collectors.toList());
    for (String v : values) {
      if (!known.contains(v)) {
        d.report(at(where), DiagnosticCode.WAITER_UNKNOWN_STATUS, "waiter " + waiter + ": " + v + " is not a value of "
            + e.name() + " (" + String.join(", ", known) + ")", "waiter left out");
        return false;
      }
    }
    return true;
  }

  private <T> Optional<T> unknownMember(JsonLite.Field where, String waiter, String key, String problem) {
    d.report(at(where), DiagnosticCode.WAITER_UNKNOWN_MEMBER, "\"" + key + "\" of waiter " + waiter + ": " + problem,
        "waiter left out");
    return Optional.empty();
  }

  private <T> Optional<T> invalid(JsonLite.Field where, String problem) {
    d.report(at(where), DiagnosticCode.WAITER_INVALID, problem, "waiter left out");
    return Optional.empty();
  }

  private StructureShape structure(String name) {
    return (StructureShape) service.shape(name).filter(s -> s instanceof StructureShape)
        .orElseThrow(() -> new IllegalStateException("unresolved structure " + name));
  }

  private static Member member(List<Member> members, String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  /** A list of distinct strings, or null after reporting why not; absent is empty. */
  private List<String> values(JsonLite.Field f, String waiter) {
    if (f == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (f.value().kind == JsonLite.Kind.ARRAY) {
      for (JsonLite.Value v : f.value().items) {
        if (v.kind != JsonLite.Kind.STRING || v.text.isEmpty() || out.contains(v.text)) {
          out = null;
          break;
        }
        out.add(v.text);
      }
    } else {
      out = null;
    }
    if (out == null) {
      invalid(f, "\"" + f.name() + "\" of waiter " + waiter + " must be a list of distinct status values (strings)");
    }
    return out;
  }

  /** Positive seconds (fractions allowed) as milliseconds; 0 after reporting a bad value. */
  private long millis(JsonLite.Field f, double byDefault, String waiter) {
    double seconds = byDefault;
    if (f != null) {
      boolean number = f.value().kind == JsonLite.Kind.INTEGER || f.value().kind == JsonLite.Kind.DECIMAL;
      seconds = number ? Double.parseDouble(f.value().text) : -1;
      if (!(seconds >= 0.001 && seconds <= 7 * 24 * 3600)) {
        invalid(f, "\"" + f.name() + "\" of waiter " + waiter + " must be a number of seconds from 0.001 to 604800");
        return 0;
      }
    }
    return Math.round(seconds * 1000);
  }

  private static String string(Map<String, JsonLite.Field> spec, String key) {
    JsonLite.Field f = spec.get(key);
    return f != null && f.value().kind == JsonLite.Kind.STRING && !f.value().text.isEmpty() ? f.value().text : null;
  }

  private SourceLocation at(JsonLite.Field f) {
    return SourceLocation.of(file, f.line(), f.column());
  }

  /** Case, or one or two letters, apart: a misspelling of an action the docs have. */
  static boolean nearMiss(String known, String written) {
    if (known.equalsIgnoreCase(written)) {
      return true;
    }
    if (Math.abs(known.length() - written.length()) > 2 || Math.min(known.length(), written.length()) < 6) {
      return false;
    }
    int[] previous = new int[written.length() + 1];
    int[] current = new int[written.length() + 1];
    for (int j = 0; j <= written.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= known.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= written.length(); j++) {
        int substitute = previous[j - 1] + (known.charAt(i - 1) == written.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[written.length()] <= 2;
  }
}
