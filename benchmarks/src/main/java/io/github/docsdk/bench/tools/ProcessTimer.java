package io.github.docsdk.bench.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times whole processes (cold CLI runs, Maven builds): runs a command W times untimed, then N
 * times timed, each optionally preceded by an untimed {@code sh -c} preparation, and prints the
 * median with its spread. Every run must exit 0, else the run's output is shown and the timer
 * fails: a timing of a broken build means nothing.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.docsdk.bench.tools.ProcessTimer --name NAME [--runs N]
 *     [--warmup W] [--before 'shell command'] [--dir DIR] -- command args...
 * </pre>
 */
public final class ProcessTimer {

  private ProcessTimer() {}

  public static void main(String[] args) throws Exception {
    String name = "process";
    int runs = 10;
    int warmup = 2;
    String before = null;
    Path dir = Path.of("").toAbsolutePath();
    int i = 0;
    for (; i < args.length && !args[i].equals("--"); i++) {
      switch (args[i]) {
        case "--name" -> name = args[++i];
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--before" -> before = args[++i];
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (i >= args.length - 1) {
      throw new IllegalArgumentException("usage: ProcessTimer [options] -- command args...");
    }
    List<String> command = Arrays.asList(args).subList(i + 1, args.length);
    Path log = Files.createTempFile("docsdk-timer-", ".log");
    try {
      for (int w = 0; w < warmup; w++) {
        prepare(before, dir, log);
        run(command, dir, log);
      }
      double[] millis = new double[runs];
      for (int r = 0; r < runs; r++) {
        prepare(before, dir, log);
        millis[r] = run(command, dir, log);
      }
      System.out.println(Stats.of(millis).format(name));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void prepare(String before, Path dir, Path log) throws Exception {
    if (before != null) {
      run(List.of("sh", "-c", before), dir, log);
    }
  }

  /** Runs once; returns wall time in milliseconds. */
  private static double run(List<String> command, Path dir, Path log) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException("exit " + exit + " from " + String.join(" ", command)
          + "\n" + tail(log));
    }
    return elapsed / 1e6;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** Median and spread of a sample. */
  record Stats(int n, double median, double p10, double p90, double min, double max) {
    static Stats of(double[] values) {
      double[] s = values.clone();
      Arrays.sort(s);
      return new Stats(s.length, quantile(s, 0.5), quantile(s, 0.1), quantile(s, 0.9), s[0],
          s[s.length - 1]);
    }

    /** Linear interpolation between closest ranks. */
    static double quantile(double[] sorted, double q) {
      double pos = q * (sorted.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, sorted.length - 1);
      return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    String format(String name) {
      return String.format(Locale.ROOT,
          "%-28s median %8.1f ms   p10 %8.1f   p90 %8.1f   min %8.1f   max %8.1f   (n=%d)",
          name, median, p10, p90, min, max, n);
    }
  }
}
