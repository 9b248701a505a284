package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Resource;
import io.github.docsdk.spec.ResourceAction;
import io.github.docsdk.spec.ResourceCreate;
import io.github.docsdk.spec.TypeRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stateful mock's memory: the resources that the model's {@code resources} declarations say
 * how to create, list, change and remove. Create actions return fresh ids, list actions show what
 * was created, change actions move states as declared (or answer the documented error), statuses
 * settle by themselves within the transition time (read from timestamps, no thread). Bounded by
 * a cap on kept resources. Thread-safe: one lock around each request.
 */
final class ResourceStore {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecModel model;
  private final DefaultReplies defaults;
  private final Clock clock;
  private final Duration transition;
  private final int maxResources;
  /** By documented action name: what the action does to which resource. */
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, ObjectNode> templates = new HashMap<>();
  /** By id, in creation order. */
  private final Map<String, KeptResource> kept = new LinkedHashMap<>();
  private final ResourceIds ids = new ResourceIds();

  ResourceStore(SpecModel model, DefaultReplies defaults, Clock clock, Duration transition, int maxResources) {
    this.model = model;
    this.defaults = defaults;
    this.clock = clock;
    this.transition = transition;
    this.maxResources = maxResources;
    for (Resource r : model.spec.resources()) {
      roles.putIfAbsent(r.create().action(), new Role(r, Kind.CREATE, null));
      roles.putIfAbsent(r.list().action(), new Role(r, Kind.LIST, null));
      for (ResourceAction a : r.actions()) {
        roles.putIfAbsent(a.action(), new Role(r, Kind.CHANGE, a));
      }
    }
  }

  /** What a stateful action answers: a payload or an error. */
  static final class Result {
    final ObjectNode payload;
    final ErrorReply error;

    private Result(ObjectNode payload, ErrorReply error) {
      this.payload = payload;
      this.error = error;
    }
  }

  /** The answer to a valid request, or null when the action keeps no state. */
  synchronized Result handle(Operation op, JsonNode request) {
    Role role = roles.get(op.name());
    if (role == null) {
      return null;
    }
    Instant now = clock.instant();
    kept.values().removeIf(k -> k.goneAt(now));
    switch (role.kind) {
      case CREATE:
        return create(op, role.resource, request, now);
      case LIST:
        return list(op, role.resource, request, now);
      default:
        return change(op, role.resource, role.action, request, now);
    }
  }

  synchronized void clear() {
    kept.clear();
  }

  private Result create(Operation op, Resource r, JsonNode request, Instant now) {
    ResourceCreate c = r.create();
    Member idsMember = member(op.response(), c.ids());
    boolean many = idsMember == null || idsMember.type().kind() == TypeRef.Kind.LIST;
    long count = c.count() == null || !request.has(c.count()) ? 1 : request.get(c.count()).asLong(1);
    if (count < 1) {
      return error(op, CommonErrors.INVALID_PARAMETER_VALUE, c.count() + " must be at least 1, got " + count);
    }
    count = many ? count : 1;
    if (kept.size() + count > maxResources) {
      String code = c.fullError() != null ? c.fullError() : "INVALID_PARAMETER_EXCEED_MAXIMUM";
      return error(op, code, "the mock keeps at most " + maxResources + " resources; " + kept.size()
          + " exist, " + count + " more asked for");
    }
    ArrayNode fresh = NODES.arrayNode();
    for (long i = 0; i < count; i++) {
      String id = ids.next();
      ObjectNode item = template(r).deepCopy();
      item.put(r.list().id(), id);
      for (Map.Entry<String, String> m : c.members().entrySet()) {
        JsonNode given = request.get(m.getKey());
        if (given != null && !given.isNull()) {
          item.set(m.getValue(), given.deepCopy());
        }
      }
      KeptResource k = new KeptResource(r, id, item);
      k.move(now, c.states(), c.settles(), transition);
      kept.put(id, k);
      fresh.add(id);
    }
    ObjectNode reply = defaults.reply(op, request).deepCopy();
    reply.set(c.ids(), many ? fresh : fresh.get(0));
    return new Result(reply, null);
  }

  private Result list(Operation op, Resource r, JsonNode request, Instant now) {
    Set<String> wanted = idsIn(request.get(r.list().filter() == null ? "" : r.list().filter()));
    ArrayNode items = NODES.arrayNode();
    for (KeptResource k : kept.values()) {
      if (k.declaration == r && (wanted.isEmpty() || wanted.contains(k.id))) {
        ObjectNode item = k.itemAt(now);
        if (matches(item, request, op, r)) {
          items.add(item);
        }
      }
    }
    ObjectNode reply = defaults.reply(op, request).deepCopy();
    reply.set(r.list().items(), items);
    Pagination p = op.pagination().orElse(null);
    if (p != null) {
      reply.put(p.total(), items.size());
    }
    return new Result(Pages.page(op, request, reply), null);
  }

  /**
   * Other scalar request members filter by the item member of the same name: equal, or starting
   * with the text before a trailing {@code *} (the docs' fuzzy match of names).
   */
  private static boolean matches(ObjectNode item, JsonNode request, Operation op, Resource r) {
    Pagination p = op.pagination().orElse(null);
    for (Map.Entry<String, JsonNode> f : request.properties()) {
      String name = f.getKey();
      JsonNode want = f.getValue();
      JsonNode have = item.get(name);
      if (name.equals(r.list().filter()) || (p != null && (name.equals(p.pageNumber()) || name.equals(p.pageSize())))
          || have == null || !want.isValueNode() || !have.isValueNode() || want.isNull()) {
        continue;
      }
      String text = want.asText();
      boolean ok = want.isTextual() && text.endsWith("*")
          ? have.asText().startsWith(text.substring(0, text.length() - 1))
          : have.asText().equals(text);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private Result change(Operation op, Resource r, ResourceAction a, JsonNode request, Instant now) {
    Set<String> named = idsIn(request.get(a.ids()));
    List<KeptResource> targets = new ArrayList<>();
    for (String id : named) {
      KeptResource k = kept.get(id);
      if (k == null || k.declaration != r) {
        return error(op, r.notFound(), r.name() + " " + id + " does not exist");
      }
      targets.add(k);
    }
    for (KeptResource k : targets) {
      String id = k.id;
      String state = k.status(now);
      if (!a.from().contains(state)) {
        String code = a.deniedIn().getOrDefault(state, a.denied());
        return error(op, code != null ? code : CommonErrors.INVALID_PARAMETER_VALUE, r.name() + " " + id + " is "
            + state + "; " + op.name() + " needs " + String.join(" or ", a.from()));
      }
    }
    for (KeptResource k : targets) {
      k.move(now, a.via(), a.removes() ? null : a.to(), transition);
    }
    kept.values().removeIf(k -> k.goneAt(now));
    return new Result(defaults.reply(op, request), null);
  }

  /** The first item the list action's unscripted reply shows: the docs' example values. */
  private ObjectNode template(Resource r) {
    return templates.computeIfAbsent(r.name(), name -> {
      Operation list = model.spec.operation(r.list().action()).orElse(null);
      JsonNode items = list == null ? null : defaults.reply(list, NODES.objectNode()).get(r.list().items());
      if (items == null || items.size() == 0 || !items.get(0).isObject()) {
        items = list == null ? null : defaults.synthesised(list).get(r.list().items());
      }
      return items != null && items.size() > 0 && items.get(0).isObject() ? (ObjectNode) items.get(0)
          : NODES.objectNode();
    });
  }

  private static Set<String> idsIn(JsonNode value) {
    Set<String> out = new LinkedHashSet<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }

  private static Member member(List<Member> members, String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  /** The documented status of a code: the action's table, the common table, any action's table. */
  private Result error(Operation op, String code, String detail) {
    ErrorCode def = model.error(op, code);
    if (def == null) {
      def = model.anyError(code);
    }
    int status = def != null && def.httpStatus() != null ? def.httpStatus() : CommonErrors.status(model, code);
    return new Result(null, new ErrorReply(status, code, detail));
  }

  private enum Kind { CREATE, LIST, CHANGE }

  private static final class Role {
    final Resource resource;
    final Kind kind;
    final ResourceAction action;

    Role(Resource resource, Kind kind, ResourceAction action) {
      this.resource = resource;
      this.kind = kind;
      this.action = action;
    }
  }
}
