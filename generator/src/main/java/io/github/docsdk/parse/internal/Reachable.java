package io.github.docsdk.parse.internal;

import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shapes a service's actions reach, through member types, transitively. A data-structure page
 * documents many products at once; an SDK carries only what its own actions use.
 */
public final class Reachable {

  private Reachable() {}

  /** The service without the shapes no action reaches. */
  public static Service prune(Service service) {
    Set<String> reached = names(service.operations(), service.shapes());
    List<Shape> kept = service.shapes().stream().filter(s -> reached.contains(s.name())).toList();
    if (kept.size() == service.shapes().size()) {
      return service;
    }
    return service.with(service.operations(), kept, service.commonErrors());
  }

  /** Names of the shapes reached from the operations' members. */
  static Set<String> names(List<Operation> operations, List<Shape> shapes) {
    Map<String, Shape> byName = shapes.stream().collect(Collectors.toMap(Shape::name, Function.identity(), (a, b) -> a));
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (Operation op : operations) {
      op.request().forEach(m -> push(m, todo));
      op.response().forEach(m -> push(m, todo));
    }
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (reached.add(name) && byName.get(name) instanceof StructureShape s) {
        s.members().forEach(m -> push(m, todo));
      }
    }
    return reached;
  }

  static void push(Member m, Deque<String> todo) {
    TypeRef t = m.type();
    while (t.kind() == TypeRef.Kind.LIST) {
      t = t.element();
    }
    if (t.shape() != null) {
      todo.push(t.shape());
    }
  }
}
