package io.github.docsdk.bench.client;

import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.internal.http.Endpoints;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One DescribeImages call in a fresh JVM, then exit: what {@code cold-call-bench.sh} times as a whole
 * process. {@code client PORT} uses the generated client with its default configuration; {@code floor
 * PORT} the typed floor (java.net.http plus {@link TypedFloor}'s hand-written parse), the same request
 * bytes and headers.
 */
public final class ColdCall {
  private ColdCall() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create("http://127.0.0.1:" + Integer.parseInt(args[1]));
    DescribeImagesRequest request = DescribeImagesRequest.builder().catalog("centos").osType("linux").build();
    int images;
    if (args[0].equals("client")) {
      try (BmcClient client = BmcClient.builder()
          .credentials(Credentials.of(ClientFixture.ACCESS_KEY_ID, ClientFixture.ACCESS_KEY_PASSWORD))
          .endpoint(base)
          .build()) {
        DescribeImagesResponse response = client.describeImages(request);
        images = response.images().size();
      }
    } else {
      HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      byte[] body = raw.send(ClientFixture.rawRequest(Endpoints.serviceUri(base, "bmc"),
          request.toJson().getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofByteArray()).body();
      images = TypedFloor.parse(body).images.size();
    }
    if (images < 1) {
      throw new IllegalStateException("no images");
    }
  }
}
