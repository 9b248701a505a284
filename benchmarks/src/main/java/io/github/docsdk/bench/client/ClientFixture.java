package io.github.docsdk.bench.client;

import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.auth.Zc2Signer;
import io.github.docsdk.runtime.internal.http.Endpoints;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One stub process per trial, one generated {@link BmcClient} and one raw {@code java.net.http}
 * client, both shared by all benchmark threads.
 *
 * <p>The floor sends the same bytes as the client: the same JSON body and the same header set (the
 * runtime's User-Agent, X-ZC-* headers, a real ZC2-HMAC-SHA256 Authorization computed once), over
 * HTTP/1.1, and takes the body as a {@code byte[]} without parsing it.
 */
@State(Scope.Benchmark)
public class ClientFixture {

  static final String ACCESS_KEY_ID = "bench-access-key-id";
  static final String ACCESS_KEY_PASSWORD = "bench-access-key-password";

  /** Images in the response: the small and the large body of issue 8. */
  @Param({"1", "2000"})
  public int images;

  StubProcess stub;
  BmcClient client;
  DescribeImagesRequest request;
  HttpClient raw;
  HttpRequest rawRequest;
  int expectedBodyBytes;
  final AtomicLong floorRetries = new AtomicLong();

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    stub = StubProcess.start(images);
    URI base = URI.create("http://127.0.0.1:" + stub.port(0));
    client = BmcClient.builder()
        .credentials(Credentials.of(ACCESS_KEY_ID, ACCESS_KEY_PASSWORD))
        .endpoint(base)
        .build();
    request = DescribeImagesRequest.builder().catalog("centos").osType("linux").build();
    raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    rawRequest = rawRequest(Endpoints.serviceUri(base, "bmc"),
        request.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    expectedBodyBytes = StubBodies.describeImages(images).length;
    check();
  }

  /** Both paths must really get the whole answer, or the comparison is void. */
  private void check() throws IOException, InterruptedException {
    DescribeImagesResponse response = client.describeImages(request);
    if (response.images().size() != images) {
      throw new IllegalStateException("client got " + response.images().size() + " images");
    }
    HttpResponse<byte[]> floor = raw.send(rawRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (floor.statusCode() != 200 || floor.body().length != expectedBodyBytes) {
      throw new IllegalStateException("floor got " + floor.statusCode() + ", "
          + floor.body().length + " bytes");
    }
  }

  /**
   * The floor call for the 8-thread benchmark. Under 8 threads JDK 17's HTTP/1.1 pool now and then
   * fails a request on a connection it is recycling ("HTTP/1.1 header parser received no bytes",
   * caused by "connection closed locally" from its ConnectionPool cleanup); the generated client
   * retries such a read-only call, so the floor retries it once too, and counts how often.
   */
  byte[] floorRetryingOnce() throws IOException, InterruptedException {
    try {
      return raw.send(rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException e) {
      floorRetries.incrementAndGet();
      return raw.send(rawRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (floorRetries.get() > 0) {
      System.out.println("\n[floor] retried " + floorRetries.get() + " failed sends");
    }
    client.close();
    stub.close();
  }

  static HttpRequest rawRequest(URI uri, byte[] body) {
    String contentType = "application/json; charset=utf-8";
    long timestamp = System.currentTimeMillis() / 1000L;
    String authorization = Zc2Signer.sign(ACCESS_KEY_ID, ACCESS_KEY_PASSWORD, contentType,
        Endpoints.hostHeader(uri), Zc2Signer.payloadHash(body), timestamp);
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", contentType)
        .header("Accept", "application/json")
        .header("User-Agent", "docsdk-runtime/0.1.0-SNAPSHOT Java/"
            + System.getProperty("java.version"))
        .header("X-ZC-Service", "bmc")
        .header("X-ZC-Version", "2022-11-20")
        .header("X-ZC-Action", "DescribeImages")
        .header("X-ZC-Timestamp", Long.toString(timestamp))
        .header("Authorization", authorization)
        .header("X-ZC-Signature-Method", Zc2Signer.ALGORITHM)
        .header("Accept-Encoding", "gzip")
        .build();
  }
}
