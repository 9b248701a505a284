package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One resource the stateful mock keeps: its item as the list action shows it, and a timeline of
 * states. The status at an instant is read from the timeline, so states move by themselves
 * without a thread. Guarded by the {@link ResourceStore}'s lock.
 */
final class KeptResource {

  final Resource declaration;
  final String id;
  private final ObjectNode item;
  private final List<String> states = new ArrayList<>();
  private final List<Instant> starts = new ArrayList<>();
  /** When the resource is gone, or null while it stays. */
  private Instant removedAt;

  KeptResource(Resource declaration, String id, ObjectNode item) {
    this.declaration = declaration;
    this.id = id;
    this.item = item;
  }

  /**
   * From {@code now} on: the transitional states share the transition time evenly, then the
   * resource is in {@code target}, or gone when the target is null.
   */
  void move(Instant now, List<String> via, String target, Duration transition) {
    states.clear();
    starts.clear();
    int steps = via.size();
    for (int i = 0; i < steps; i++) {
      states.add(via.get(i));
      starts.add(now.plus(transition.multipliedBy(i).dividedBy(steps)));
    }
    Instant end = steps == 0 ? now : now.plus(transition);
    if (target == null) {
      removedAt = end;
    } else {
      states.add(target);
      starts.add(end);
    }
  }

  String status(Instant now) {
    String current = states.isEmpty() ? null : states.get(0);
    for (int i = 0; i < states.size(); i++) {
      if (!starts.get(i).isAfter(now)) {
        current = states.get(i);
      }
    }
    return current;
  }

  boolean goneAt(Instant now) {
    return removedAt != null && !removedAt.isAfter(now);
  }

  /** The item with its current status (a copy: replies are serialised outside the lock). */
  ObjectNode itemAt(Instant now) {
    ObjectNode copy = item.deepCopy();
    String status = status(now);
    if (status != null) {
      copy.put(declaration.list().status(), status);
    }
    return copy;
  }
}
