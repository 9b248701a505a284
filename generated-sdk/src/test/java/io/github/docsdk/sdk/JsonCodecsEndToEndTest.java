package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerClientException;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.Catalog;
import io.github.docsdk.sdk.bmc.model.DescribeImagesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeImagesResponse;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated codecs (issue 18) over real HTTP: what the client sends and reads, the toJson/fromJson
 * surface, and that neither the SDK nor the runtime touch jackson-databind or jackson-annotations.
 */
class JsonCodecsEndToEndTest {

  private static final String KEY_ID = "AKID-codecs";
  private static final String KEY_PASSWORD = "codecs-not-a-real-secret";

  @Test
  void noDataBindingInTheGeneratedSourcesOrTheRuntime() throws IOException {
    List<String> offenders = new ArrayList<>();
    List<Path> roots = List.of(Path.of("target/generated-sources/docsdk"), Path.of("../runtime/src/main/java"));
    for (Path root : roots) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          if (text.contains("com.fasterxml.jackson.databind") || text.contains("com.fasterxml.jackson.annotation")) {
            offenders.add(file.toString());
          }
        }
      }
    }
    assertThat(offenders).as("sources naming jackson-databind or jackson-annotations").isEmpty();
    // and the runtime's build depends on jackson-core, never on databind (whose POM would pull both)
    String runtimePom = Files.readString(Path.of("../runtime/pom.xml"), StandardCharsets.UTF_8);
    assertThat(runtimePom).contains("<artifactId>jackson-core</artifactId>")
        .doesNotContain("jackson-databind").doesNotContain("jackson-annotations");
  }

  @Test
  void nullListElementsAreDroppedWhenBuiltAsWhenRead() throws Exception {
    DescribeImagesRequest request = DescribeImagesRequest.builder().imageIds("img-1", null, "img-2").build();
    assertThat(request.imageIds()).containsExactly("img-1", "img-2");
    assertThat(request.toJson()).isEqualTo("{\"imageIds\":[\"img-1\",\"img-2\"]}");
    try (SigningTestServer server = new SigningTestServer(KEY_ID, KEY_PASSWORD); BmcClient client = client(server)) {
      server.reply(200, "{\"requestId\":\"r-1\",\"response\":{\"requestId\":\"r-1\",\"images\":[null,"
          + "{\"imageId\":\"img-1\",\"catalog\":\"centos\"},null]}}");
      DescribeImagesResponse response = client.describeImages(request);
      assertThat(server.received().get(0).body()).isEqualTo("{\"imageIds\":[\"img-1\",\"img-2\"]}");
      assertThat(response.images()).hasSize(1);
      assertThat(response.images().get(0).catalog()).isEqualTo(Catalog.CENTOS);
      // a known enum value is the enum's own constant string, not a copy per reply
      assertThat(response.images().get(0).catalogAsString()).isSameAs(Catalog.CENTOS.toString());
    }
  }

  @Test
  void aNumberTooLargeForItsTypeIsATypedErrorNamingTheMember() throws Exception {
    try (SigningTestServer server = new SigningTestServer(KEY_ID, KEY_PASSWORD); BmcClient client = client(server)) {
      server.reply(200, "{\"requestId\":\"r-9\",\"response\":{\"requestId\":\"r-9\",\"totalCount\":18446744073709551616}}");
      ZenlayerClientException e = catchThrowableOfType(
          () -> client.describeInstances(DescribeInstancesRequest.builder().build()), ZenlayerClientException.class);
      assertThat(e.httpStatus()).isEqualTo(200);
      assertThat(e.getMessage()).contains("response.totalCount: 18446744073709551616 is out of range for a 64-bit"
          + " integer");
    }
    ZenlayerClientException direct = catchThrowableOfType(
        () -> DescribeInstancesResponse.fromJson("{\"totalCount\":1e30}"), ZenlayerClientException.class);
    assertThat(direct).hasMessageContaining("DescribeInstancesResponse").hasMessageContaining("totalCount");
  }

  @Test
  void toJsonAndFromJsonRoundTripEveryMemberKind() {
    DescribeImagesRequest request = DescribeImagesRequest.builder()
        .imageIds(Arrays.asList("a", "b"))
        .catalog(Catalog.UBUNTU)
        .imageType("SOMETHING_NEW")
        .putAdditionalField("ipxeUrl", "http://x")
        .build();
    String json = request.toJson();
    assertThat(json).isEqualTo("{\"imageIds\":[\"a\",\"b\"],\"catalog\":\"ubuntu\",\"imageType\":\"SOMETHING_NEW\","
        + "\"ipxeUrl\":\"http://x\"}");
    // the additional field comes back as an unknown one: same members, so the same JSON
    assertThat(DescribeImagesRequest.fromJson(json).toJson()).isEqualTo(json);
    DescribeInstancesResponse response = DescribeInstancesResponse.fromJson(
        "{\"totalCount\":2,\"dataSet\":[{\"instanceId\":\"i-1\",\"future\":{\"a\":[1,2.5]}}],\"requestId\":\"r\"}");
    assertThat(response.totalCount()).isEqualTo(2L);
    assertThat(response.dataSet().get(0).unknownFields()).containsKey("future");
    // a reply's unknown members are written after its members, so a round trip keeps them
    assertThat(response.toJson()).isEqualTo("{\"requestId\":\"r\",\"totalCount\":2,\"dataSet\":[{\"instanceId\":\"i-1\","
        + "\"future\":{\"a\":[1,2.5]}}]}");
    assertThat(DescribeInstancesResponse.fromJson(response.toJson())).isEqualTo(response);
    assertThat(DescribeImagesRequest.fromJson("null")).isNull();
    assertThat(catchThrowableOfType(() -> DescribeImagesRequest.fromJson("{\"imageName\":\"a\",\"imageName\":\"b\"}"),
        ZenlayerClientException.class)).hasMessageContaining("Duplicate field 'imageName'");
  }

  @Test
  void aReplysUnknownMembersSurviveToJsonAndFromJson() throws Exception {
    String reply = "{\"requestId\":\"r-2\",\"totalCount\":1,\"dataSet\":[{\"instanceId\":\"i-1\","
        + "\"nic\":{\"wanName\":\"wan0\",\"mtu\":9000},\"tags\":[{\"k\":\"env\",\"v\":null}]}],"
        + "\"nextToken\":null,\"cost\":12345678901234567890.5}";
    try (SigningTestServer server = new SigningTestServer(KEY_ID, KEY_PASSWORD); BmcClient client = client(server)) {
      server.reply(200, "{\"requestId\":\"r-2\",\"response\":" + reply + "}");
      DescribeInstancesResponse response = client.describeInstances(DescribeInstancesRequest.builder().build());
      assertThat(response.unknownFields()).containsEntry("cost", new BigDecimal("12345678901234567890.5"))
          .containsEntry("nextToken", null);
      // members in docs order, then the unknown ones in the order received, nulls and exact numbers kept
      assertThat(response.toJson()).isEqualTo(reply);
      DescribeInstancesResponse again = DescribeInstancesResponse.fromJson(response.toJson());
      assertThat(again).isEqualTo(response);
      assertThat(again.dataSet().get(0).nic().unknownFields()).isEqualTo(Map.of("mtu", 9000L));

      // a structure read from a reply and sent in a request carries its unknown members along
      server.reply(200, "{\"requestId\":\"r-3\",\"response\":{\"requestId\":\"r-3\",\"instanceIdSet\":[\"i-2\"]}}");
      client.createInstances(r -> r.zoneId("SEL-A").instanceChargeType("POSTPAID").internetChargeType("ByBandwidth")
          .instanceTypeId("M6C").nic(again.dataSet().get(0).nic()));
      assertThat(server.received().get(1).body()).contains("\"nic\":{\"wanName\":\"wan0\",\"mtu\":9000}");
    }
  }

  private static BmcClient client(SigningTestServer server) {
    return BmcClient.builder()
        .credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
        .endpoint(server.baseUri())
        .maxAttempts(1)
        .build();
  }
}
