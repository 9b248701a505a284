package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ProfileCredentialsProvider;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.runtime.ZenlayerTimeoutException;
import io.github.docsdk.sdk.bmc.BmcAsyncClient;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.Catalog;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK surface of issues 13 and 15 against a signature-checking loopback server: lambdas on the client
 * and on nested members, int literals, the refused unknown constant, per-request timeout, header and
 * attempts, profile credentials, a proxy given on the builder, additional request fields, unknown reply
 * members and {@code invoke}.
 */
class NewSurfaceEndToEndTest {

  private static final String KEY_ID = "AKID-surface";
  private static final String KEY_PASSWORD = "surface-not-a-real-secret";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String INSTANCES = "{\"requestId\":\"T-1\",\"response\":{\"totalCount\":0,\"dataSet\":[]}}";

  @TempDir Path home;
  private SigningTestServer server;
  private BmcClient client;

  @BeforeEach
  void start() throws Exception {
    server = new SigningTestServer(KEY_ID, KEY_PASSWORD);
    client = builder().build();
  }

  private BmcClient.Builder builder() {
    return BmcClient.builder()
        .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
        .endpoint(server.baseUri())
        .callTimeout(Duration.ofSeconds(30))
        .maxAttempts(3)
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void lambdasAndIntLiteralsBuildTheRequestThatIsSigned() throws Exception {
    server.reply(200, INSTANCES);

    DescribeInstancesResponse response = client.describeInstances(r -> r.pageSize(100).pageNum(2));

    assertThat(response.totalCount()).isEqualTo(0L);
    SigningTestServer.Received sent = server.received().get(0);
    assertThat(sent.signatureProblem()).isNull();
    assertThat(MAPPER.readTree(sent.body())).isEqualTo(MAPPER.readTree("{\"pageNum\":2,\"pageSize\":100}"));
  }

  @Test
  void nestedStructuresTakeLambdas() throws Exception {
    server.reply(200, "{\"requestId\":\"T-2\",\"response\":{\"instanceIdSet\":[\"i-1\"]}}");

    client.createInstances(r -> r.zoneId("SEL-A").instanceChargeType("POSTPAID").internetChargeType("ByBandwidth").instanceTypeId("M6C")
        .nic(n -> n.wanName("wan0").lanName("lan0"))
        .raidConfig(c -> c.raidType(1)));

    SigningTestServer.Received sent = server.received().get(0);
    assertThat(sent.signatureProblem()).isNull();
    assertThat(MAPPER.readTree(sent.body()).path("nic")).isEqualTo(
        MAPPER.readTree("{\"wanName\":\"wan0\",\"lanName\":\"lan0\"}"));
    assertThat(MAPPER.readTree(sent.body()).path("raidConfig").path("raidType").asLong()).isEqualTo(1L);
  }

  @Test
  void theUnknownConstantIsRefusedAtTheSetterAndNothingIsSent() {
    assertThatThrownBy(() -> client.describeImages(r -> r.catalog(Catalog.UNKNOWN_TO_SDK_VERSION)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalog");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void aPerRequestTimeoutFiresLongBeforeTheClients() {
    server.delay(Duration.ofSeconds(5));
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.describeImages(r -> r.overrideConfiguration(
        o -> o.apiCallTimeout(Duration.ofMillis(300)))))
        .isInstanceOf(ZenlayerTimeoutException.class);

    // bounded only so that a timeout that never fires fails the test; the client's own is 30 s
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aPerRequestHeaderIsSentWithThatCallOnly() {
    server.reply(200, "{\"requestId\":\"T-3\",\"response\":{\"images\":[]}}");

    client.describeImages(DescribeImagesRequest.builder()
        .overrideConfiguration(o -> o.putHeader("X-Trace-Id", "trace-42"))
        .build());
    client.describeImages(r -> { });

    assertThat(server.received().get(0).headers()).containsEntry("x-trace-id", "trace-42");
    assertThat(server.received().get(0).signatureProblem()).isNull();
    assertThat(server.received().get(1).headers()).doesNotContainKey("x-trace-id");
  }

  @Test
  void maxAttemptsOneDoesNotRetryWhatTheClientWouldRetry() {
    server.reply(503, "{\"requestId\":\"T-503\",\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"busy\"}");

    assertThatThrownBy(() -> client.describeImages(r -> r.overrideConfiguration(o -> o.maxAttempts(1))))
        .isInstanceOf(ZenlayerServiceException.class);
    assertThat(server.received()).hasSize(1);

    server.received().clear();
    assertThatThrownBy(() -> client.describeImages(r -> { })).isInstanceOf(ZenlayerServiceException.class);
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void profileCredentialsSignTheCall() throws Exception {
    Path file = home.resolve("credentials");
    Files.writeString(file, "# test profile\n[default]\naccess_key_id = nobody\naccess_key_password = x\n\n"
        + "[ops]\naccess_key_id = " + KEY_ID + "\naccess_key_password = " + KEY_PASSWORD + "\n", StandardCharsets.UTF_8);
    server.reply(200, "{\"requestId\":\"T-4\",\"response\":{\"images\":[]}}");

    try (BmcClient profiled = BmcClient.builder()
        .credentialsProvider(ProfileCredentialsProvider.of(file, "ops"))
        .endpoint(server.baseUri())
        .build()) {
      profiled.describeImages(r -> { });
    }

    assertThat(server.received().get(0).signatureProblem()).isNull();
  }

  @Test
  void aProxyGivenOnTheBuilderCarriesEveryCall() throws Exception {
    server.reply(200, "{\"requestId\":\"T-5\",\"response\":{\"images\":[]}}");
    try (LoopbackProxy proxy = new LoopbackProxy();
        BmcClient proxied = builder().proxy(proxy.uri()).build()) {
      proxied.describeImages(r -> r.catalog("centos"));
      proxied.describeImages(r -> { });

      assertThat(proxy.requestLines()).containsExactly(
          "POST " + server.baseUri() + "/api/v2/bmc HTTP/1.1", "POST " + server.baseUri() + "/api/v2/bmc HTTP/1.1");
    }
    assertThat(server.received()).hasSize(2).allSatisfy(r -> assertThat(r.signatureProblem()).isNull());
  }

  @Test
  void additionalFieldsAreSentAndUnknownMembersRead() throws Exception {
    server.reply(200, "{\"requestId\":\"T-6\",\"response\":{\"images\":[{\"imageId\":\"img-1\",\"isNew\":true}],"
        + "\"nextToken\":\"abc\"}}");

    DescribeImagesResponse response = client.describeImages(r -> r.catalog("centos")
        .putAdditionalField("tags", List.of(Map.of("key", "env"))));

    assertThat(server.received().get(0).body())
        .isEqualTo("{\"catalog\":\"centos\",\"tags\":[{\"key\":\"env\"}]}");
    assertThat(response.unknownFields()).isEqualTo(Map.of("nextToken", "abc"));
    assertThat(response.images().get(0).unknownFields()).isEqualTo(Map.of("isNew", true));
    assertThatThrownBy(() -> DescribeImagesRequest.builder().putAdditionalField("catalog", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalog");
  }

  @Test
  void invokeCallsAnActionTheDocsMissSignedAndNeverResentAfterAServerError() throws Exception {
    server.reply(200, "{\"requestId\":\"T-7\",\"response\":{\"dataSet\": [ {\"x\": 1.50} ]}}");

    String reply = client.invoke("DescribeInstanceTraffic", "{ \"instanceId\" : \"i-1\", \"n\": 2.50 }");

    assertThat(reply).isEqualTo("{\"dataSet\":[{\"x\":1.50}]}");
    SigningTestServer.Received sent = server.received().get(0);
    assertThat(sent.signatureProblem()).isNull();
    assertThat(sent.headers()).containsEntry("x-zc-action", "DescribeInstanceTraffic");
    assertThat(sent.body()).isEqualTo("{\"instanceId\":\"i-1\",\"n\":2.50}");

    server.received().clear();
    server.reply(503, "{\"requestId\":\"T-8\",\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"busy\"}");
    assertThatThrownBy(() -> client.invoke("DescribeInstanceTraffic", "{}"))
        .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_UNAVAILABLE"));
    // the model cannot say whether an action it does not know only reads, so it is never sent twice
    assertThat(server.received()).hasSize(1);
    assertThatThrownBy(() -> client.invoke("DescribeInstanceTraffic", "[1]"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asyncClientTakesLambdasAndInvokes() throws Exception {
    server.reply(200, "{\"requestId\":\"T-9\",\"response\":{\"images\":[]}}");
    try (BmcAsyncClient async = BmcAsyncClient.builder()
        .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
        .endpoint(server.baseUri())
        .build()) {
      assertThat(async.describeImages(r -> r.catalog("centos")).get().images()).isEmpty();
      assertThat(async.invoke("DescribeImages", null).get()).isEqualTo("{\"images\":[]}");
      server.delay(Duration.ofSeconds(5));
      assertThatThrownBy(() -> async.describeImages(r -> r.overrideConfiguration(
          o -> o.apiCallTimeout(Duration.ofMillis(200)))).get())
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ZenlayerTimeoutException.class);
    }
    assertThat(server.received()).allSatisfy(r -> assertThat(r.signatureProblem()).isNull());
  }
}
