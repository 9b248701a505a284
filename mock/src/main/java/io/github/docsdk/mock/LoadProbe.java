package io.github.docsdk.mock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load generator for the mock: N threads sharing one {@code java.net.http} client, each
 * sending M signed requests, counting non-200 answers and failures. For the benchmarks module and
 * for a quick figure from the command line:
 *
 * <pre>
 * java -cp docsdk-mock.jar:jackson-*.jar io.github.docsdk.mock.LoadProbe [threads] [requestsPerThread]
 * </pre>
 *
 * Without arguments: 16 threads x 2,000 requests of a one-action model, after a warm-up round.
 */
public final class LoadProbe {

  static final String ID = "load-id";
  static final String PASSWORD = "load-password";

  /** A minimal model: one action with one enum member, one required member and an example. */
  static final String MODEL =
      "{\"docsdkModel\":1,\"service\":\"bmc\",\"apiVersion\":\"2022-11-20\",\"operations\":[{"
          + "\"name\":\"DescribeThings\",\"wireName\":\"DescribeThings\",\"request\":["
          + "{\"name\":\"zoneId\",\"type\":{\"kind\":\"string\"},\"required\":true},"
          + "{\"name\":\"kind\",\"type\":{\"kind\":\"enum\",\"shape\":\"Kind\"},\"required\":false}],"
          + "\"response\":[{\"name\":\"totalCount\",\"type\":{\"kind\":\"integer\"}}],"
          + "\"examples\":[{\"action\":\"DescribeThings\",\"request\":\"\","
          + "\"response\":\"{\\\"requestId\\\":\\\"T1\\\",\\\"response\\\":{\\\"totalCount\\\":3}}\"}]}],"
          + "\"shapes\":[{\"kind\":\"enum\",\"name\":\"Kind\",\"values\":[{\"value\":\"A\"},{\"value\":\"B\"}]}],"
          + "\"commonErrors\":[]}";

  private LoadProbe() {}

  /** What a run measured. */
  public static final class Result {
    public final long requests;
    public final long failures;
    public final long elapsedNanos;

    Result(long requests, long failures, long elapsedNanos) {
      this.requests = requests;
      this.failures = failures;
      this.elapsedNanos = elapsedNanos;
    }

    public double requestsPerSecond() {
      return requests * 1e9 / Math.max(1, elapsedNanos);
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%d requests, %d failures, %.0f ms, %.0f requests/s",
          requests, failures, elapsedNanos / 1e6, requestsPerSecond());
    }
  }

  /**
   * Sends {@code threads * requestsPerThread} signed requests to an endpoint and waits for all.
   * A failure is any answer other than 200 and any I/O error.
   */
  public static Result run(
      URI endpoint, String action, String body, String accessKeyId, String accessKeyPassword,
      int threads, int requestsPerThread) throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong failures = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < requestsPerThread; i++) {
          try {
            HttpResponse<Void> r =
                http.send(request(endpoint, action, body, accessKeyId, accessKeyPassword),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
              failures.incrementAndGet();
            }
          } catch (java.io.IOException e) {
            failures.incrementAndGet();
          }
        }
        return null;
      }));
    }
    long begin = System.nanoTime();
    start.countDown();
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("load thread failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result((long) threads * requestsPerThread, failures.get(), System.nanoTime() - begin);
  }

  private static HttpRequest request(URI endpoint, String action, String body, String id, String password) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    String contentType = "application/json; charset=utf-8";
    String host = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
    List<Map.Entry<String, String>> signed =
        List.of(
            new AbstractMap.SimpleImmutableEntry<>("content-type", contentType),
            new AbstractMap.SimpleImmutableEntry<>("host", host));
    String signature =
        Zc2Signature.sign(password, timestamp, "POST", signed, body.getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType)
        .header("X-ZC-Action", action)
        .header("X-ZC-Version", "2022-11-20")
        .header("X-ZC-Timestamp", timestamp)
        .header("X-ZC-Signature-Method", "ZC2-HMAC_SHA256")
        .header("Authorization", Zc2Signature.authorization(id, "content-type;host", signature))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Starts a mock for {@link #MODEL} with the probe's credentials; the caller closes it. */
  public static MockServer startProbeServer() {
    return MockServer.builder(MODEL).credentials(ID, PASSWORD).start();
  }

  /** Runs the probe against {@link #startProbeServer()}. */
  public static Result runAgainstProbeServer(int threads, int requestsPerThread) throws InterruptedException {
    try (MockServer server = startProbeServer()) {
      return run(server.endpoint(), "DescribeThings", "{\"zoneId\":\"SEL-A\",\"kind\":\"A\"}", ID, PASSWORD,
          threads, requestsPerThread);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    try (MockServer server = startProbeServer()) {
      String body = "{\"zoneId\":\"SEL-A\",\"kind\":\"A\"}";
      server.stub("DescribeThings", MockReply.documented());
      System.out.println("warm-up: " + run(server.endpoint(), "DescribeThings", body, ID, PASSWORD, threads,
          Math.max(1, perThread / 4)));
      server.reset();
      System.out.println("measured: " + run(server.endpoint(), "DescribeThings", body, ID, PASSWORD, threads,
          perThread));
    }
  }
}
