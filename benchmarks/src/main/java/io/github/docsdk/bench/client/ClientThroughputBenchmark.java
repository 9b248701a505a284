package io.github.docsdk.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import java.io.IOException;
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
 * DescribeImages from 8 threads sharing one client (and, for the floor, one HttpClient). Longer
 * warm-up than the one-thread benchmark: the stub's JVM warms up here too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(8)
public class ClientThroughputBenchmark {

  @Benchmark
  public DescribeImagesResponse client(ClientFixture f) {
    return f.client.describeImages(f.request);
  }

  @Benchmark
  public byte[] floor(ClientFixture f) throws IOException, InterruptedException {
    return f.floorRetryingOnce();
  }

  /**
   * Not a target, a reference: the floor plus a generic Jackson tree parse of the body, the least
   * any client that reads the answer must do.
   */
  @Benchmark
  public JsonNode floorParsed(ClientFixture f) throws IOException, InterruptedException {
    return TREES.readTree(f.floorRetryingOnce());
  }

  /** The typed floor (issue 18): the floor plus {@link TypedFloor}'s hand-written streaming parse. */
  @Benchmark
  public TypedFloor.Images floorTyped(ClientFixture f) throws IOException, InterruptedException {
    return TypedFloor.parse(f.floorRetryingOnce());
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper TREES =
      new com.fasterxml.jackson.databind.ObjectMapper();
}
