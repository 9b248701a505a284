package io.github.docsdk.bench.client;

import io.github.docsdk.runtime.internal.http.CappedBodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnostic, not a target: which ways of driving {@code java.net.http} cost latency, on the
 * small body. The raw floor ({@code send}, the client's default executor) beside an explicit
 * executor (as the runtime configures one) and {@code sendAsync(...).get(timeout)} (as the
 * runtime waits), to tell the runtime's own work from how it uses the JDK client; and the body taken
 * as a stream handed over with the headers (the JDK's {@code ofInputStream}, the runtime's
 * {@code CappedBodyHandler}), which is how the client reads replies as they arrive.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Benchmark)
public class FloorVariantsBenchmark {

  private StubProcess stub;
  private ExecutorService executor;
  private HttpClient defaultExecutor;
  private HttpClient ownExecutor;
  private HttpRequest request;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    stub = StubProcess.start(1);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "own-http");
      t.setDaemon(true);
      return t;
    });
    defaultExecutor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ownExecutor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
        .build();
    request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stub.port(0) + "/api/v2/bmc"))
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString("{\"catalog\":\"centos\",\"osType\":\"linux\"}"))
        .header("Content-Type", "application/json; charset=utf-8")
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdownNow();
    stub.close();
  }

  @Benchmark
  public byte[] sendDefaultExecutor() throws IOException, InterruptedException {
    return defaultExecutor.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Benchmark
  public byte[] sendOwnExecutor() throws IOException, InterruptedException {
    return ownExecutor.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  /** The JDK's own streaming handler: the stream is handed over with the headers, read here. */
  @Benchmark
  public byte[] sendInputStream() throws IOException, InterruptedException {
    try (InputStream body = ownExecutor.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
      return body.readAllBytes();
    }
  }

  /** The runtime's handler as a blocking call uses it (cap, read deadline), read here. */
  @Benchmark
  public byte[] sendCappedStream() throws IOException, InterruptedException {
    CappedBodyHandler handler = new CappedBodyHandler(32L << 20,
        System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    try (InputStream body = ownExecutor.send(request, handler).body()) {
      return body.readAllBytes();
    }
  }

  @Benchmark
  public byte[] sendAsyncGetOwnExecutor()
      throws InterruptedException, ExecutionException, TimeoutException {
    return ownExecutor.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .get(60, TimeUnit.SECONDS).body();
  }
}
