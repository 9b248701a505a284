package io.github.docsdk.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.runtime.internal.json.EnvelopeParser;
import io.github.docsdk.runtime.json.JsonCore;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON binding alone, no HTTP: the runtime's one-pass envelope parse binding {@code response} to
 * the generated {@link DescribeImagesResponse}, beside a plain Jackson tree parse of the same bytes
 * (what any client must at least do to look at the body), and the request serialisation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBindingBenchmark {

  @State(Scope.Benchmark)
  public static class Body {
    @Param({"1", "2000"})
    public int images;

    byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
      bytes = StubBodies.describeImages(images);
    }
  }

  @State(Scope.Benchmark)
  public static class Request {
    final DescribeImagesRequest request =
        DescribeImagesRequest.builder().catalog("centos").osType("linux").build();
  }

  @Benchmark
  public DescribeImagesResponse bindResponse(Body b) throws IOException {
    return EnvelopeParser.parse(b.bytes, DescribeImagesResponse::fromJson).response();
  }

  @Benchmark
  public JsonNode treeParse(Body b) throws IOException {
    return TREES.readTree(b.bytes);
  }

  /** The typed floor's parse alone (issue 18). */
  @Benchmark
  public TypedFloor.Images typedFloorParse(Body b) throws IOException {
    return TypedFloor.parse(b.bytes);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper TREES =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Benchmark
  public byte[] serializeRequest(Request r) throws IOException {
    return JsonCore.toBytes(r.request);
  }
}
