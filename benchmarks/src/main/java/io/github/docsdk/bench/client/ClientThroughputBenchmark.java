package io.github.docsdk.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.runtime.Json;
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

/** DescribeImages from 8 threads sharing one client (and, for the floor, one HttpClient). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
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
    return f.raw.send(f.rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  /**
   * Not a target, a reference: the floor plus a generic Jackson tree parse of the body, the least
   * any client that reads the answer must do.
   */
  @Benchmark
  public JsonNode floorParsed(ClientFixture f) throws IOException, InterruptedException {
    return Json.mapper().readTree(
        f.raw.send(f.rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body());
  }
}
