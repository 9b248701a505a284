package io.github.docsdk.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** The most recent received requests, bounded so a long-running or loaded mock keeps its memory. */
final class RequestLog {

  private final int limit;
  private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();

  RequestLog(int limit) {
    this.limit = limit;
  }

  void add(RecordedRequest request) {
    if (limit <= 0) {
      return;
    }
    entries.addLast(request);
    if (size.incrementAndGet() > limit && entries.pollFirst() != null) {
      size.decrementAndGet();
    }
  }

  List<RecordedRequest> snapshot() {
    return List.copyOf(new ArrayList<>(entries));
  }

  void clear() {
    // Count what is removed so the size stays right under concurrent adds.
    while (entries.pollFirst() != null) {
      size.decrementAndGet();
    }
  }
}
