package io.github.docsdk.parse.internal.corrections;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.page.Names;
import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Resource;
import io.github.docsdk.spec.ResourceAction;
import io.github.docsdk.spec.ResourceCreate;
import io.github.docsdk.spec.ResourceList;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code resources} section of an overrides file (format in {@link Overrides} and the
 * README) against the service the other entries produced: every action, member, status value and
 * error code a declaration names must exist, else a located {@code RESOURCE_INVALID} error and the
 * resource is left out. A resource none of whose actions these docs have is skipped with a note
 * (one corrections file serves several docs trees).
 */
final class ResourceOverrides {

  private static final List<String> RESOURCE_KEYS = List.of("why", "create", "list", "actions", "notFound");
  private static final List<String> CREATE_KEYS = List.of("why", "action", "ids", "count", "members", "states",
      "settles", "fullError");
  private static final List<String> LIST_KEYS = List.of("why", "action", "items", "id", "status", "filter");
  private static final List<String> ACTION_KEYS = List.of("why", "ids", "from", "via", "to", "removes", "denied",
      "deniedIn");

  private final Service service;
  private final String file;
  private final Diags d;
  private boolean failed;

  private ResourceOverrides(Service service, String file, Diags d) {
    this.service = service;
    this.file = file;
    this.d = d;
  }

  /** The declared resources that hold against the service, in declaration order. */
  static List<Resource> read(JsonLite.Field section, Service service, String file, Diags d) {
    List<Resource> out = new ArrayList<>();
    if (section.value().kind != JsonLite.Kind.OBJECT) {
      d.report(at(file, section), DiagnosticCode.RESOURCE_INVALID, "\"resources\" must be an object of resource names",
          "section ignored");
      return out;
    }
    for (JsonLite.Field entry : section.value().fields.values()) {
      Resource r = new ResourceOverrides(service, file, d).resource(entry);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private Resource resource(JsonLite.Field entry) {
    String name = entry.name();
    if (entry.value().kind != JsonLite.Kind.OBJECT || !Names.isIdentifier(name)) {
      return fail(entry, "resource " + name + " must be an object named by an identifier");
    }
    Map<String, JsonLite.Field> spec = entry.value().fields;
    if (!knownKeys(entry, "resource " + name, RESOURCE_KEYS)) {
      return null;
    }
    JsonLite.Field create = object(spec, "create", entry, "resource " + name);
    JsonLite.Field list = object(spec, "list", entry, "resource " + name);
    JsonLite.Field actions = spec.get("actions");
    if (create == null || list == null) {
      return null;
    }
    if (noneKnown(create, list, actions)) {
      d.report(at(file, entry), DiagnosticCode.OVERRIDE_UNKNOWN_ACTION, "these docs have none of the actions of resource "
          + name + Overrides.because(entry), "entry skipped");
      return null;
    }
    ResourceList listed = list(name, list);
    if (listed == null) {
      return null;
    }
    Set<String> states = statusValues(name, listed, list);
    ResourceCreate created = create(name, create, listed, states);
    List<ResourceAction> changes = new ArrayList<>();
    if (actions != null) {
      if (actions.value().kind != JsonLite.Kind.OBJECT) {
        return fail(actions, "actions of resource " + name + " must be an object of action names");
      }
      for (JsonLite.Field a : actions.value().fields.values()) {
        ResourceAction change = action(name, a, states);
        if (change != null) {
          changes.add(change);
        }
      }
    }
    String notFound = string(spec, "notFound", entry, "resource " + name, true);
    if (notFound != null) {
      // the code is often documented only on pages of related actions (AssociateEipAddress)
      errorCode(notFound, service.operations(), spec.get("notFound"), "notFound of resource " + name);
    }
    if (failed || created == null) {
      return null;
    }
    Resource r = Resource.builder().name(name).create(created).list(listed).actions(changes).notFound(notFound)
        .location(at(file, entry)).build();
    d.report(at(file, entry), DiagnosticCode.OVERRIDE_APPLIED, "resource " + name + ": created by "
        + created.action() + ", listed by " + listed.action() + ", changed by " + changes.size() + " actions"
        + Overrides.because(entry), "the stateful mock keeps it");
    return r;
  }

  private boolean noneKnown(JsonLite.Field create, JsonLite.Field list, JsonLite.Field actions) {
    List<String> names = new ArrayList<>();
    for (JsonLite.Field f : List.of(create, list)) {
      JsonLite.Field action = f.value().fields.get("action");
      if (action != null && action.value().kind == JsonLite.Kind.STRING) {
        names.add(action.value().text);
      }
    }
    if (actions != null && actions.value().kind == JsonLite.Kind.OBJECT) {
      names.addAll(actions.value().fields.keySet());
    }
    return names.stream().noneMatch(n -> operation(n) != null);
  }

  private ResourceList list(String name, JsonLite.Field list) {
    String owner = "list of resource " + name;
    if (!knownKeys(list, owner, LIST_KEYS)) {
      return null;
    }
    Map<String, JsonLite.Field> spec = list.value().fields;
    Operation op = action(spec, list, owner);
    String items = string(spec, "items", list, owner, true);
    String id = string(spec, "id", list, owner, true);
    String status = string(spec, "status", list, owner, true);
    String filter = string(spec, "filter", list, owner, false);
    if (op == null || items == null || id == null || status == null) {
      return null;
    }
    Member itemsMember = member(op.response(), items, spec.get("items"), op.name() + " response");
    StructureShape item = itemsMember == null ? null : itemStructure(itemsMember.type());
    if (itemsMember != null && item == null) {
      fail(spec.get("items"), op.name() + " response member " + items + " is not a list of structures ("
          + itemsMember.type().describe() + ")");
    }
    if (item != null) {
      member(item.members(), id, spec.get("id"), "structure " + item.name());
      member(item.members(), status, spec.get("status"), "structure " + item.name());
    }
    if (filter != null) {
      member(op.request(), filter, spec.get("filter"), op.name() + " request");
    }
    if (item == null) {
      return null;
    }
    return ResourceList.builder().action(op.name()).items(items).id(id).status(status).filter(filter).build();
  }

  private ResourceCreate create(String name, JsonLite.Field create, ResourceList listed, Set<String> states) {
    String owner = "create of resource " + name;
    if (!knownKeys(create, owner, CREATE_KEYS)) {
      return null;
    }
    Map<String, JsonLite.Field> spec = create.value().fields;
    Operation op = action(spec, create, owner);
    String ids = string(spec, "ids", create, owner, true);
    String count = string(spec, "count", create, owner, false);
    String settles = string(spec, "settles", create, owner, true);
    String fullError = string(spec, "fullError", create, owner, false);
    List<String> transitional = states(spec.get("states"), create, owner + " states", states, false);
    if (op == null) {
      return null;
    }
    if (ids != null) {
      idsMember(op.response(), ids, spec.get("ids"), op.name() + " response");
    }
    if (count != null) {
      Member m = member(op.request(), count, spec.get("count"), op.name() + " request");
      if (m != null && m.type().kind() != TypeRef.Kind.INTEGER) {
        fail(spec.get("count"), op.name() + " request member " + count + " is not an Integer");
      }
    }
    if (settles != null) {
      state(settles, spec.get("settles"), owner, states);
    }
    if (fullError != null) {
      errorCode(fullError, List.of(op), spec.get("fullError"), "fullError of resource " + name);
    }
    Map<String, String> members = members(spec.get("members"), op, listed, owner);
    if (ids == null || settles == null || transitional == null || members == null) {
      return null;
    }
    return ResourceCreate.builder().action(op.name()).ids(ids).count(count).members(members).states(transitional)
        .settles(settles).fullError(fullError).build();
  }

  private ResourceAction action(String name, JsonLite.Field entry, Set<String> states) {
    String owner = "action " + entry.name() + " of resource " + name;
    Operation op = operation(entry.name());
    if (op == null) {
      return fail(entry, "these docs have no action " + entry.name() + " (named by resource " + name + ")");
    }
    if (entry.value().kind != JsonLite.Kind.OBJECT) {
      return fail(entry, owner + " must be an object");
    }
    if (!knownKeys(entry, owner, ACTION_KEYS)) {
      return null;
    }
    Map<String, JsonLite.Field> spec = entry.value().fields;
    String ids = string(spec, "ids", entry, owner, true);
    if (ids != null) {
      idsMember(op.request(), ids, spec.get("ids"), op.name() + " request");
    }
    List<String> from = states(spec.get("from"), entry, owner + " from", states, true);
    List<String> via = states(spec.get("via"), entry, owner + " via", states, false);
    String to = string(spec, "to", entry, owner, false);
    JsonLite.Field removesField = spec.get("removes");
    boolean removes = removesField != null && removesField.value().kind == JsonLite.Kind.BOOLEAN
        && Boolean.parseBoolean(removesField.value().text);
    if (removesField != null && removesField.value().kind != JsonLite.Kind.BOOLEAN) {
      fail(removesField, "removes of " + owner + " must be true or false");
    }
    if ((to == null) == !removes) {
      return fail(entry, owner + " needs either \"to\" (the state it ends in) or \"removes\": true");
    }
    if (to != null) {
      state(to, spec.get("to"), owner, states);
    }
    String denied = string(spec, "denied", entry, owner, false);
    if (denied != null) {
      errorCode(denied, List.of(op), spec.get("denied"), "denied of " + owner);
    }
    Map<String, String> deniedIn = new LinkedHashMap<>();
    JsonLite.Field deniedInField = spec.get("deniedIn");
    if (deniedInField != null) {
      if (deniedInField.value().kind != JsonLite.Kind.OBJECT) {
        return fail(deniedInField, "deniedIn of " + owner + " must map states to error codes");
      }
      for (JsonLite.Field f : deniedInField.value().fields.values()) {
        state(f.name(), f, owner + " deniedIn", states);
        if (f.value().kind != JsonLite.Kind.STRING) {
          fail(f, "deniedIn." + f.name() + " of " + owner + " must be an error code");
        } else {
          errorCode(f.value().text, List.of(op), f, "deniedIn." + f.name() + " of " + owner);
          deniedIn.put(f.name(), f.value().text);
        }
      }
    }
    if (ids == null || from == null || via == null) {
      return null;
    }
    return ResourceAction.builder().action(op.name()).ids(ids).from(from).via(via).to(to).removes(removes)
        .denied(denied).deniedIn(deniedIn).build();
  }

  /** Request member to item member; an array of names keeps each name. */
  private Map<String, String> members(JsonLite.Field f, Operation op, ResourceList listed, String owner) {
    Map<String, String> out = new LinkedHashMap<>();
    if (f == null) {
      return out;
    }
    StructureShape item = itemStructure(member(operation(listed.action()).response(), listed.items(), f, "list"));
    List<Member> itemMembers = item == null ? List.of() : item.members();
    List<JsonLite.Field> pairs = new ArrayList<>();
    if (f.value().kind == JsonLite.Kind.ARRAY) {
      for (JsonLite.Value v : f.value().items) {
        if (v.kind == JsonLite.Kind.STRING) {
          pairs.add(new JsonLite.Field(v.text, v.line, v.column, v));
        } else {
          fail(f, "members of " + owner + " must be member names");
        }
      }
    } else if (f.value().kind == JsonLite.Kind.OBJECT) {
      pairs.addAll(f.value().fields.values());
    } else {
      fail(f, "members of " + owner + " must map request members to item members (or list names)");
      return null;
    }
    for (JsonLite.Field p : pairs) {
      if (p.value().kind != JsonLite.Kind.STRING) {
        fail(p, "members." + p.name() + " of " + owner + " must name an item member");
        continue;
      }
      member(op.request(), p.name(), p, op.name() + " request");
      if (item != null) {
        member(itemMembers, p.value().text, p, "structure " + item.name());
      }
      out.put(p.name(), p.value().text);
    }
    return out;
  }

  /** The values the status member may take: its enum's, or null when it is a plain string (unchecked). */
  private Set<String> statusValues(String name, ResourceList listed, JsonLite.Field list) {
    StructureShape item = itemStructure(member(operation(listed.action()).response(), listed.items(), list, "list"));
    Member status = item == null ? null : find(item.members(), listed.status());
    if (status == null || status.type().kind() != TypeRef.Kind.ENUM) {
      return null;
    }
    Shape shape = service.shape(status.type().shape()).orElse(null);
    if (!(shape instanceof EnumShape e)) {
      return null;
    }
    Set<String> values = new LinkedHashSet<>();
    e.values().forEach(v -> values.add(v.value()));
    return values;
  }

  private List<String> states(JsonLite.Field f, JsonLite.Field parent, String owner, Set<String> known,
      boolean required) {
    if (f == null) {
      if (required) {
        fail(parent, owner + " is required");
        return null;
      }
      return List.of();
    }
    if (f.value().kind != JsonLite.Kind.ARRAY) {
      fail(f, owner + " must be an array of status values");
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonLite.Value v : f.value().items) {
      if (v.kind != JsonLite.Kind.STRING) {
        fail(f, owner + " must hold status values (strings)");
        return null;
      }
      state(v.text, new JsonLite.Field(v.text, v.line, v.column, v), owner, known);
      out.add(v.text);
    }
    if (required && out.isEmpty()) {
      fail(f, owner + " must name at least one state");
    }
    return out;
  }

  private void state(String value, JsonLite.Field at, String owner, Set<String> known) {
    if (known != null && !known.contains(value)) {
      fail(at, owner + ": " + value + " is not a status value (known: " + String.join(", ", known) + ")");
    }
  }

  private void errorCode(String code, List<Operation> ops, JsonLite.Field at, String owner) {
    boolean documented = service.commonErrors().stream().anyMatch(e -> e.code().equals(code));
    for (Operation op : ops) {
      if (op != null) {
        for (ErrorCode e : op.errors()) {
          documented |= e.code().equals(code);
        }
      }
    }
    if (!documented) {
      String where = ops.size() == 1 && ops.get(0) != null ? ops.get(0).name() : "any action";
      fail(at, owner + ": " + code + " is documented neither for " + where + " nor as a common error code");
    }
  }

  private void idsMember(List<Member> members, String name, JsonLite.Field at, String owner) {
    Member m = member(members, name, at, owner);
    if (m != null && m.type().kind() != TypeRef.Kind.STRING
        && !(m.type().kind() == TypeRef.Kind.LIST && m.type().element().kind() == TypeRef.Kind.STRING)) {
      fail(at, owner + " member " + name + " holds ids, so it must be a String or an Array of String, not "
          + m.type().describe());
    }
  }

  private Member member(List<Member> members, String name, JsonLite.Field at, String owner) {
    Member m = find(members, name);
    if (m == null) {
      fail(at, owner + " has no member " + name);
    }
    return m;
  }

  private static Member find(List<Member> members, String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  private StructureShape itemStructure(Member list) {
    return list == null ? null : itemStructure(list.type());
  }

  private StructureShape itemStructure(TypeRef type) {
    if (type.kind() != TypeRef.Kind.LIST || type.element().kind() != TypeRef.Kind.STRUCTURE) {
      return null;
    }
    Shape s = service.shape(type.element().shape()).orElse(null);
    return s instanceof StructureShape st ? st : null;
  }

  private Operation action(Map<String, JsonLite.Field> spec, JsonLite.Field owner, String what) {
    String name = string(spec, "action", owner, what, true);
    if (name == null) {
      return null;
    }
    Operation op = operation(name);
    if (op == null) {
      fail(spec.get("action"), "these docs have no action " + name + " (" + what + ")");
    }
    return op;
  }

  private Operation operation(String name) {
    return service.operation(name).orElse(null);
  }

  private JsonLite.Field object(Map<String, JsonLite.Field> spec, String key, JsonLite.Field owner, String what) {
    JsonLite.Field f = spec.get(key);
    if (f == null || f.value().kind != JsonLite.Kind.OBJECT) {
      fail(f == null ? owner : f, what + " needs \"" + key + "\" as an object");
      return null;
    }
    return f;
  }

  private String string(Map<String, JsonLite.Field> spec, String key, JsonLite.Field owner, String what,
      boolean required) {
    JsonLite.Field f = spec.get(key);
    if (f == null) {
      if (required) {
        fail(owner, what + " needs \"" + key + "\"");
      }
      return null;
    }
    if (f.value().kind != JsonLite.Kind.STRING || f.value().text.isEmpty()) {
      fail(f, key + " of " + what + " must be a non-empty string");
      return null;
    }
    return f.value().text;
  }

  private boolean knownKeys(JsonLite.Field entry, String owner, List<String> keys) {
    boolean ok = true;
    for (JsonLite.Field key : entry.value().fields.values()) {
      if (!keys.contains(key.name())) {
        fail(key, "unknown key \"" + key.name() + "\" in " + owner + " (expected " + String.join(", ", keys) + ")");
        ok = false;
      } else if (key.name().equals("why") && key.value().kind != JsonLite.Kind.STRING) {
        fail(key, "\"why\" of " + owner + " must be a sentence (a string)");
        ok = false;
      }
    }
    return ok;
  }

  private <T> T fail(JsonLite.Field at, String message) {
    failed = true;
    d.report(at(file, at), DiagnosticCode.RESOURCE_INVALID, message,
        "resource left out");
    return null;
  }

  private static SourceLocation at(String file, JsonLite.Field f) {
    return SourceLocation.of(file, f.line(), f.column());
  }
}
