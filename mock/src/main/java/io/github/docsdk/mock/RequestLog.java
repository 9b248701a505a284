package io.github.docsdk.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most recent received requests, bounded by count and by bytes so a long-running, loaded or
 * attacked mock keeps its memory: the oldest records go first.
 */
final class RequestLog {

  private final int limit;
  private final long maxBytes;
  private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();
  private final AtomicLong size = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  RequestLog(int limit, long maxBytes) {
    this.limit = limit;
    this.maxBytes = maxBytes;
  }

  void add(RecordedRequest request) {
    long weight = request.weight();
    if (limit <= 0 || weight > maxBytes) {
      return; // a record bigger than the whole budget is not kept at all
    }
    entries.addLast(request);
    size.incrementAndGet();
    bytes.addAndGet(weight);
    while (size.get() > limit || bytes.get() > maxBytes) {
      RecordedRequest oldest = entries.pollFirst();
      if (oldest == null) {
        break;
      }
      size.decrementAndGet();
      bytes.addAndGet(-oldest.weight());
    }
  }

  /** What the records held now cost, by {@link RecordedRequest#weight()}. */
  long bytes() {
    return bytes.get();
  }

  List<RecordedRequest> snapshot() {
    return List.copyOf(new ArrayList<>(entries));
  }

  void clear() {
    // Count what is removed so the totals stay right under concurrent adds.
    RecordedRequest r;
    while ((r = entries.pollFirst()) != null) {
      size.decrementAndGet();
      bytes.addAndGet(-r.weight());
    }
  }
}
