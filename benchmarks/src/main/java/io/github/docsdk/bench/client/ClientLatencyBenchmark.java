package io.github.docsdk.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DescribeImages on one thread: the generated client against the raw {@code java.net.http} floor,
 * same stub, same run. SampleTime gives the median and p99; {@code -prof gc} gives bytes allocated
 * per call in this JVM (all threads, so the HTTP client's own threads count too).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class ClientLatencyBenchmark {

  @Benchmark
  public DescribeImagesResponse client(ClientFixture f) {
    return f.client.describeImages(f.request);
  }

  @Benchmark
  public byte[] floor(ClientFixture f) throws IOException, InterruptedException {
    return f.raw.send(f.rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  /**
   * Not a target, a reference: the floor plus a generic Jackson tree parse of the body, the least
   * any client that reads the answer must do.
   */
  @Benchmark
  public JsonNode floorParsed(ClientFixture f) throws IOException, InterruptedException {
    return TREES.readTree(
        f.raw.send(f.rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body());
  }

  /**
   * The typed floor (issue 18): the floor plus a hand-written jackson-core streaming parse of the
   * same reply into plain objects ({@link TypedFloor}), the least work a typed client can do.
   */
  @Benchmark
  public TypedFloor.Images floorTyped(ClientFixture f) throws IOException, InterruptedException {
    return TypedFloor.parse(f.raw.send(f.rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body());
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper TREES =
      new com.fasterxml.jackson.databind.ObjectMapper();
}
