package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The shapes a service's actions reach, through member types, transitively. A data-structure page
 * documents many products at once; an SDK carries only what its own actions use.
 */
public final class Reachable {

  private Reachable() {}

  /** The service without the shapes no action reaches (the rest kept as they are, not rebuilt). */
  public static Service prune(Service service) {
    Set<String> reached = ModelDraft.of(service).reachedShapes();
    List<Shape> kept = service.shapes().stream().filter(s -> reached.contains(s.name())).toList();
    if (kept.size() == service.shapes().size()) {
      return service;
    }
    return service.with(service.operations(), kept, service.commonErrors());
  }

  /**
   * Names of the shapes reached from the {@code roots} (the actions' member types): every stage of
   * parse (drafts, model drafts, the model) asks this one walk.
   *
   * @param memberTypes the member types of the structure of that name (nothing for an enum)
   */
  static Set<String> names(Stream<TypeRef> roots, Function<String, Stream<TypeRef>> memberTypes) {
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    roots.forEach(t -> push(t, todo));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (reached.add(name)) {
        memberTypes.apply(name).forEach(t -> push(t, todo));
      }
    }
    return reached;
  }

  private static void push(TypeRef t, Deque<String> todo) {
    while (t.kind() == TypeRef.Kind.LIST) {
      t = t.element();
    }
    if (t.shape() != null) {
      todo.push(t.shape());
    }
  }
}
