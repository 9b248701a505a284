package io.github.docsdk.bench.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording: the methods most
 * often on top of the stack (self time) and most often anywhere on it (total time), optionally
 * only for threads whose name contains a filter (e.g. the JMH worker).
 *
 * <pre>java -cp benchmarks.jar io.github.docsdk.bench.tools.JfrTop file.jfr [top=25] [threadFilter]
 *     [callersOf]</pre>
 *
 * <p>Allocation samples ({@code jdk.ObjectAllocationSample}, weighted by the bytes each stands
 * for) are summarised the same way, by allocated class and by allocating method.
 *
 * <p>With {@code callersOf} (a substring of {@code Class.method}) it also lists who calls the
 * matching methods, to find which code path a hot library method serves.
 */
public final class JfrTop {

  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    String threadFilter = args.length > 2 ? args[2] : "";
    String callersOf = args.length > 3 ? args[3] : "";
    Map<String, Integer> callers = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Long> allocByClass = new HashMap<>();
    Map<String, Long> allocBySite = new HashMap<>();
    long allocTotal = 0;
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (e.getEventType().getName().equals("jdk.ObjectAllocationSample")) {
        long weight = e.getLong("weight");
        allocTotal += weight;
        allocByClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
        RecordedStackTrace st = e.getStackTrace();
        if (st != null && !st.getFrames().isEmpty()) {
          allocBySite.merge(site(st.getFrames()), weight, Long::sum);
        }
        continue;
      }
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      if (!threadFilter.isEmpty()) {
        var thread = e.getThread("sampledThread");
        if (thread == null || thread.getJavaName() == null
            || !thread.getJavaName().contains(threadFilter)) {
          continue;
        }
      }
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < frames.size(); i++) {
        String n = name(frames.get(i));
        if (seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
        if (!callersOf.isEmpty() && n.contains(callersOf) && i + 1 < frames.size()
            && !name(frames.get(i + 1)).contains(callersOf)) {
          callers.merge(name(frames.get(i + 1)), 1, Integer::sum);
        }
      }
    }
    System.out.println(samples + " execution samples" + (threadFilter.isEmpty() ? ""
        : " on threads matching '" + threadFilter + "'"));
    print("self (top of stack)", self, samples, top);
    print("total (anywhere on stack)", total, samples, top);
    if (!callersOf.isEmpty()) {
      print("callers of " + callersOf, callers, samples, top);
    }
    if (allocTotal > 0) {
      System.out.println("-- allocation samples (all threads), weight " + (allocTotal >> 20) + " MiB");
      printBytes("by class", allocByClass, allocTotal, top);
      printBytes("by allocating site (first frame outside java.*/jdk.*/sun.*)", allocBySite,
          allocTotal, top);
    }
  }

  /** The allocating method, skipping JDK frames so that e.g. Arrays.copyOf names its caller. */
  private static String site(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String type = f.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return name(f);
      }
    }
    return name(frames.get(0));
  }

  private static void printBytes(String title, Map<String, Long> bytes, long total, int top) {
    System.out.println("-- " + title);
    bytes.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> System.out.printf("%6.1f%%  %8d KiB  %s%n", 100.0 * e.getValue() / total,
            e.getValue() >> 10, e.getKey()));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println("-- " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> System.out.printf("%6.1f%%  %6d  %s%n", 100.0 * e.getValue() / samples,
            e.getValue(), e.getKey()));
  }
}
