package io.github.docsdk.diff;

import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which ways each shape of a service travels: reachable from some action's request, some
 * action's response, or both (following structure members and list elements transitively).
 */
final class ShapeUsage {

  private final Map<String, Set<Direction>> byShape = new HashMap<>();

  private ShapeUsage() {}

  static ShapeUsage of(Service service) {
    ShapeUsage usage = new ShapeUsage();
    Map<String, StructureShape> structures = new HashMap<>();
    service.structures().forEach(s -> structures.putIfAbsent(s.name(), s));
    for (Operation op : service.operations()) {
      usage.walk(op.request(), Direction.REQUEST, structures);
      usage.walk(op.response(), Direction.RESPONSE, structures);
    }
    return usage;
  }

  /** The directions a shape is used in; empty when no action reaches it. */
  Set<Direction> directions(String shapeName) {
    Set<Direction> found = byShape.get(shapeName);
    return found == null ? EnumSet.noneOf(Direction.class) : EnumSet.copyOf(found);
  }

  private void walk(List<Member> roots, Direction direction, Map<String, StructureShape> structures) {
    Deque<Member> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String shape = shapeOf(pending.pop().type());
      if (shape == null) {
        continue;
      }
      // add() is false when this shape was already walked this way: stops cycles too
      boolean first = byShape.computeIfAbsent(shape, k -> EnumSet.noneOf(Direction.class)).add(direction);
      StructureShape structure = structures.get(shape);
      if (first && structure != null) {
        pending.addAll(structure.members());
      }
    }
  }

  private static String shapeOf(TypeRef type) {
    TypeRef t = type;
    while (t.isList()) {
      t = t.element();
    }
    return t.shape();
  }
}
