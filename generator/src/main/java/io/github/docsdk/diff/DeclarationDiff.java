package io.github.docsdk.diff;

import io.github.docsdk.spec.Resource;
import io.github.docsdk.spec.ResourceAction;
import io.github.docsdk.spec.ResourceCreate;
import io.github.docsdk.spec.ResourceList;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.Waiter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares what the overrides declare beside the docs: waiters (targets {@code
 * waiters.InstanceRunning}) and resources ({@code resources.Instance}, {@code
 * resources.Instance.create}, {@code resources.Instance.list}, {@code
 * resources.Instance.actions.StopInstances}), matched by name. A changed part is reported with
 * only the fields that differ, written as in the model JSON ({@code success=[RUNNING]}).
 */
final class DeclarationDiff {

  private final boolean includeDocs;
  private final List<Change> changes = new ArrayList<>();

  private DeclarationDiff(boolean includeDocs) {
    this.includeDocs = includeDocs;
  }

  static List<Change> compare(Service oldModel, Service newModel, boolean includeDocs) {
    DeclarationDiff diff = new DeclarationDiff(includeDocs);
    diff.waiters(oldModel.waiters(), newModel.waiters());
    diff.resources(oldModel.resources(), newModel.resources());
    return diff.changes;
  }

  // ---- waiters ----

  private void waiters(List<Waiter> old, List<Waiter> now) {
    Map<String, Waiter> before = byName(old, Waiter::name);
    Map<String, Waiter> after = byName(now, Waiter::name);
    before.forEach((name, w) -> {
      if (!after.containsKey(name)) {
        add(ChangeKind.WAITER_REMOVED, "waiters." + name, w.action(), "", null, w.location());
      }
    });
    after.forEach((name, w) -> {
      Waiter was = before.get(name);
      String target = "waiters." + name;
      if (was == null) {
        add(ChangeKind.WAITER_ADDED, target, "", w.action(), w.location(), null);
        return;
      }
      if (!was.action().equals(w.action())) {
        add(ChangeKind.WAITER_ACTION_CHANGED, target, was.action(), w.action(), w.location(), was.location());
      }
      changed(ChangeKind.WAITER_CHANGED, target, fields(was), fields(w), w.location(), was.location());
      if (includeDocs && !was.description().strip().equals(w.description().strip())) {
        add(ChangeKind.DESCRIPTION_CHANGED, target, "", "", w.location(), was.location());
      }
    });
  }

  private static Map<String, String> fields(Waiter w) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("items", w.items());
    f.put("id", w.id());
    f.put("status", w.status());
    f.put("success", w.success().toString());
    f.put("failure", w.failure().toString());
    f.put("empty", w.onEmpty().json());
    f.put("pollIntervalMillis", Long.toString(w.pollIntervalMillis()));
    f.put("maxWaitMillis", Long.toString(w.maxWaitMillis()));
    return f;
  }

  // ---- resources ----

  private void resources(List<Resource> old, List<Resource> now) {
    Map<String, Resource> before = byName(old, Resource::name);
    Map<String, Resource> after = byName(now, Resource::name);
    before.forEach((name, r) -> {
      if (!after.containsKey(name)) {
        add(ChangeKind.RESOURCE_REMOVED, "resources." + name, "", "", null, r.location());
      }
    });
    after.forEach((name, r) -> {
      Resource was = before.get(name);
      if (was == null) {
        add(ChangeKind.RESOURCE_ADDED, "resources." + name, "", "", r.location(), null);
      } else {
        resource(was, r);
      }
    });
  }

  private void resource(Resource was, Resource r) {
    String target = "resources." + r.name();
    SourceLocation at = r.location();
    SourceLocation oldAt = was.location();
    changed(ChangeKind.RESOURCE_CHANGED, target, Map.of("notFound", was.notFound()),
        Map.of("notFound", r.notFound()), at, oldAt);
    changed(ChangeKind.RESOURCE_CHANGED, target + ".create", fields(was.create()), fields(r.create()), at, oldAt);
    changed(ChangeKind.RESOURCE_CHANGED, target + ".list", fields(was.list()), fields(r.list()), at, oldAt);
    Map<String, ResourceAction> before = byName(was.actions(), ResourceAction::action);
    Map<String, ResourceAction> after = byName(r.actions(), ResourceAction::action);
    before.forEach((action, a) -> {
      if (!after.containsKey(action)) {
        add(ChangeKind.RESOURCE_CHANGED, target + ".actions." + action, text(fields(a)), "", at, oldAt);
      }
    });
    after.forEach((action, a) -> {
      ResourceAction old = before.get(action);
      Map<String, String> oldFields = old == null ? Map.of() : fields(old);
      changed(ChangeKind.RESOURCE_CHANGED, target + ".actions." + action, oldFields, fields(a), at, oldAt);
    });
  }

  private static Map<String, String> fields(ResourceCreate c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("action", c.action());
    f.put("ids", c.ids());
    f.put("count", c.count());
    f.put("members", map(c.members()));
    f.put("states", c.states().toString());
    f.put("settles", c.settles());
    f.put("fullError", c.fullError());
    return f;
  }

  private static Map<String, String> fields(ResourceList l) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("action", l.action());
    f.put("items", l.items());
    f.put("id", l.id());
    f.put("status", l.status());
    f.put("filter", l.filter());
    return f;
  }

  private static Map<String, String> fields(ResourceAction a) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("ids", a.ids());
    f.put("from", a.from().toString());
    f.put("via", a.via().toString());
    f.put(a.removes() ? "removes" : "to", a.removes() ? "true" : a.to());
    f.put("denied", a.denied());
    f.put("deniedIn", map(a.deniedIn()));
    return f;
  }

  /** {@code {RECYCLE: OPERATION_DENIED}}: a colon, since {@code =} already joins a field to its value. */
  private static String map(Map<String, String> m) {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    new TreeMap<>(m).forEach((k, v) -> out.add(k + ": " + v));
    return out.toString();
  }

  // ---- helpers ----

  /** One change listing the fields that differ (all of them when one side is empty), or none. */
  private void changed(ChangeKind kind, String target, Map<String, String> old, Map<String, String> now,
      SourceLocation at, SourceLocation oldAt) {
    Map<String, String> before = new LinkedHashMap<>();
    Map<String, String> after = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      String was = old.get(key);
      String is = now.get(key);
      if (!Objects.equals(was, is)) {
        before.put(key, was);
        after.put(key, is);
      }
    }
    if (!before.isEmpty()) {
      add(kind, target, text(before), text(after), at, oldAt);
    }
  }

  /** {@code from=[RUNNING]; to=STOPPED}, fields without a value left out. */
  private static String text(Map<String, String> fields) {
    StringJoiner out = new StringJoiner("; ");
    fields.forEach((k, v) -> {
      if (v != null) {
        out.add(k + "=" + v);
      }
    });
    return out.toString();
  }

  private void add(ChangeKind kind, String target, String before, String after, SourceLocation at,
      SourceLocation oldAt) {
    changes.add(new Change(CompatibilityRules.impact(kind, Set.of()), kind, target, before, after, at, oldAt));
  }

  /** Keyed by name in list order; a duplicated name keeps its first entry. */
  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(name.apply(item), item));
    return map;
  }
}
