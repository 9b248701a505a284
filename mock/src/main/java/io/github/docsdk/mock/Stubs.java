package io.github.docsdk.mock;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Scripted replies per action (wire name), thread-safe. Lookup order: the action's queue of
 * one-shot replies (first in, first out), then its rules, newest first.
 */
final class Stubs {

  private final Map<String, Queue<MockReply>> queues = new ConcurrentHashMap<>();
  private final Map<String, CopyOnWriteArrayList<Rule>> rules = new ConcurrentHashMap<>();

  void add(String action, Predicate<RecordedRequest> when, MockReply reply) {
    // Newest first: a later stub refines an earlier, broader one.
    rules.computeIfAbsent(action, a -> new CopyOnWriteArrayList<>()).add(0, new Rule(when, reply));
  }

  /** An unconditional rule hides every older one, so it replaces them (no unbounded growth). */
  void replace(String action, MockReply reply) {
    CopyOnWriteArrayList<Rule> list = new CopyOnWriteArrayList<>();
    list.add(new Rule(r -> true, reply));
    rules.put(action, list);
  }

  void enqueue(String action, MockReply reply) {
    queues.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(reply);
  }

  /** The scripted reply for a request, or null when nothing is scripted for it. */
  MockReply next(String action, RecordedRequest request) {
    Queue<MockReply> queue = queues.get(action);
    if (queue != null) {
      MockReply once = queue.poll();
      if (once != null) {
        return once;
      }
    }
    CopyOnWriteArrayList<Rule> list = rules.get(action);
    if (list != null) {
      for (Rule r : list) {
        if (r.when.test(request)) {
          return r.reply;
        }
      }
    }
    return null;
  }

  void clear() {
    queues.clear();
    rules.clear();
  }

  private static final class Rule {
    final Predicate<RecordedRequest> when;
    final MockReply reply;

    Rule(Predicate<RecordedRequest> when, MockReply reply) {
      this.when = when;
      this.reply = reply;
    }
  }
}
