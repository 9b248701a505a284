package io.github.docsdk.bench.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the JMH JSON results of one run ({@code -rf json}) into the Markdown tables of
 * BENCHMARKS.md, with the client/floor ratios the targets are stated in, so that no figure is
 * copied by hand.
 *
 * <pre>java -cp benchmarks.jar io.github.docsdk.bench.tools.Summary resultsDir</pre>
 */
public final class Summary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Summary() {}

  /** One JMH result row. */
  record Row(String benchmark, String params, String mode, String unit, double score,
      double error, double p50, double p99, double min, double max, double allocBytes, int n) {

    String method() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    String simpleClass() {
      String cls = benchmark.substring(0, benchmark.lastIndexOf('.'));
      return cls.substring(cls.lastIndexOf('.') + 1);
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode r : JSON.readTree(f.toFile())) {
          rows.add(row(r));
        }
      }
    }
    generator(rows);
    compile(rows);
    client(rows);
    micro(rows);
  }

  static Row row(JsonNode r) {
    JsonNode pm = r.path("primaryMetric");
    StringBuilder params = new StringBuilder();
    r.path("params").fields().forEachRemaining(e -> {
      if (!e.getValue().asText().isEmpty()) {
        params.append(params.length() == 0 ? "" : ",").append(e.getKey()).append('=')
            .append(e.getValue().asText());
      }
    });
    JsonNode pct = pm.path("scorePercentiles");
    double min = Double.NaN;
    double max = Double.NaN;
    int n = 0;
    for (JsonNode fork : pm.path("rawData")) {
      for (JsonNode v : fork) {
        double d = v.asDouble();
        min = n == 0 ? d : Math.min(min, d);
        max = n == 0 ? d : Math.max(max, d);
        n++;
      }
    }
    JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
    return new Row(r.path("benchmark").asText(), params.toString(), r.path("mode").asText(),
        pm.path("scoreUnit").asText(), pm.path("score").asDouble(),
        pm.path("scoreError").asDouble(Double.NaN), pct.path("50.0").asDouble(Double.NaN),
        pct.path("99.0").asDouble(Double.NaN), min, max,
        alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(), n);
  }

  private static void generator(List<Row> rows) {
    List<Row> gen = rows.stream().filter(r -> r.simpleClass().equals("GeneratorBenchmark")).toList();
    if (gen.isEmpty()) {
      return;
    }
    System.out.println("\n### Generator, in-process (" + gen.get(0).unit() + ")\n");
    System.out.println("| stage | median | p99 | mean ± error (99.9%) | allocated per run |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Row r : gen) {
      String stage = r.params().replaceAll("docs=[^,]*,?", "").replace("outputOn=", "");
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f ± %.1f | %s |%n",
          stage.isEmpty() ? r.method() : r.method() + " (" + stage + ")", r.p50(),
          r.p99(), r.score(), r.error(), bytes(r.allocBytes()));
    }
  }

  private static void compile(List<Row> rows) {
    List<Row> c = rows.stream().filter(r -> r.simpleClass().equals("CompileBenchmark")).toList();
    if (c.isEmpty()) {
      return;
    }
    System.out.println("\n### javac on the generated code (" + c.get(0).unit() + ")\n");
    System.out.println("| benchmark | shots | mean ± error (99.9%) | min | max |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Row r : c) {
      System.out.printf(Locale.ROOT, "| %s | %d | %.0f ± %s | %.0f | %.0f |%n", r.method(), r.n(),
          r.score(), Double.isNaN(r.error()) ? "n/a" : String.format(Locale.ROOT, "%.0f", r.error()),
          r.min(), r.max());
    }
  }

  private static void client(List<Row> rows) {
    Map<String, Row> latency = index(rows, "ClientLatencyBenchmark");
    Map<String, Row> throughput = index(rows, "ClientThroughputBenchmark");
    if (!latency.isEmpty()) {
      System.out.println("\n### Client latency, one thread (µs per call) and allocation per call\n");
      System.out.println("| images | client median | floor median | **ratio** | client p99 | floor p99 "
          + "| client alloc | floor alloc | **ratio** | floor+parse median | floor+parse alloc |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (String images : List.of("images=1", "images=2000")) {
        Row c = latency.get("client|" + images);
        Row f = latency.get("floor|" + images);
        Row p = latency.get("floorParsed|" + images);
        if (c == null || f == null) {
          continue;
        }
        System.out.printf(Locale.ROOT,
            "| %s | %.0f | %.0f | **%.2fx** | %.0f | %.0f | %s | %s | **%.2fx** | %s | %s |%n",
            images.substring(7), c.p50(), f.p50(), c.p50() / f.p50(), c.p99(), f.p99(),
            bytes(c.allocBytes()), bytes(f.allocBytes()), c.allocBytes() / f.allocBytes(),
            p == null ? "–" : String.format(Locale.ROOT, "%.0f", p.p50()),
            p == null ? "–" : bytes(p.allocBytes()));
      }
    }
    if (!throughput.isEmpty()) {
      System.out.println("\n### Client throughput, 8 threads sharing one client (calls/s)\n");
      System.out.println("| images | client ± error | floor ± error | **ratio** | floor+parse ± error |");
      System.out.println("|---:|---:|---:|---:|---:|");
      for (String images : List.of("images=1", "images=2000")) {
        Row c = throughput.get("client|" + images);
        Row f = throughput.get("floor|" + images);
        Row p = throughput.get("floorParsed|" + images);
        if (c == null || f == null) {
          continue;
        }
        System.out.printf(Locale.ROOT, "| %s | %.0f ± %.0f | %.0f ± %.0f | **%.2fx** | %s |%n",
            images.substring(7), c.score(), c.error(), f.score(), f.error(), c.score() / f.score(),
            p == null ? "–" : String.format(Locale.ROOT, "%.0f ± %.0f", p.score(), p.error()));
      }
    }
    List<Row> variants = rows.stream()
        .filter(r -> r.simpleClass().equals("FloorVariantsBenchmark")).toList();
    if (!variants.isEmpty()) {
      System.out.println("\n### Diagnostic: ways of driving java.net.http, small body (µs per call)\n");
      System.out.println("| variant | median | p99 |");
      System.out.println("|---|---:|---:|");
      for (Row r : variants) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f |%n", r.method(), r.p50(), r.p99());
      }
    }
  }

  private static void micro(List<Row> rows) {
    List<Row> m = rows.stream().filter(r -> r.simpleClass().equals("SigningBenchmark")
        || r.simpleClass().equals("JsonBindingBenchmark")).toList();
    if (m.isEmpty()) {
      return;
    }
    System.out.println("\n### Micro-benchmarks\n");
    System.out.println("| benchmark | params | mean ± error (99.9%) | allocated per op |");
    System.out.println("|---|---|---:|---:|");
    for (Row r : m) {
      System.out.printf(Locale.ROOT, "| %s.%s | %s | %.3f ± %.3f %s | %s |%n", r.simpleClass(),
          r.method(), r.params(), r.score(), r.error(), r.unit(), bytes(r.allocBytes()));
    }
  }

  private static Map<String, Row> index(List<Row> rows, String cls) {
    Map<String, Row> out = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.simpleClass().equals(cls)) {
        out.put(r.method() + "|" + r.params(), r);
      }
    }
    return out;
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "–";
    }
    if (b >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.2f MiB", b / (1024 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f KiB", b / 1024);
  }
}
