package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.docsdk.mock.MockServer;
import io.github.docsdk.runtime.ClientConfig;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerHttpClient;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.DescribeZonesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeZonesResponse;
import io.github.docsdk.sdk.bmc.model.ModifyInstanceAttributeRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module is generated with {@code corrections/zenlayer-bmc-2022-11-20.json}: the SDK keeps
 * the docs' method names but sends the wire names the service knows, and the mock, serving the
 * same corrected model, knows only those.
 */
class CorrectedWireNamesTest {

  private static final String KEY_ID = "AKID-wire";
  private static final String KEY_PASSWORD = "wire-names-password";

  private static MockServer mock;
  private static BmcClient client;

  @BeforeAll
  static void start() {
    mock = MockServer.builder(DocExamples.modelText()).credentials(KEY_ID, KEY_PASSWORD).start();
    client = BmcClient.builder().credentials(Credentials.of(KEY_ID, KEY_PASSWORD)).endpoint(mock.baseUri())
        .maxAttempts(1).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    mock.close();
  }

  @Test
  void describeZonesIsSentAsZoneDetailsAndParsed() {
    DescribeZonesResponse zones = client.describeZones(DescribeZonesRequest.builder().build());
    assertThat(zones.zoneSet()).isNotEmpty();
    assertThat(mock.requests("DescribeZones")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.header("X-ZC-Action")).isEqualTo("ZoneDetails"))
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
  }

  @Test
  void modifyInstanceAttributeIsSentAsModifyInstancesAttribute() {
    client.modifyInstanceAttribute(ModifyInstanceAttributeRequest.builder()
        .instanceIds(List.of("instance-1")).instanceName("renamed").build());
    assertThat(mock.requests("ModifyInstanceAttribute")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.header("X-ZC-Action")).isEqualTo("ModifyInstancesAttribute"));
  }

  @Test
  void theDocsNameIsAnUnknownActionToTheMock() {
    try (MockServer own = MockServer.builder(DocExamples.modelText()).credentials(KEY_ID, KEY_PASSWORD).start();
        ZenlayerHttpClient raw = new ZenlayerHttpClient(ClientConfig.builder().service("bmc")
        .apiVersion("2022-11-20").endpoint(own.baseUri()).credentials(Credentials.of(KEY_ID, KEY_PASSWORD))
        .maxAttempts(1).build())) {
      ZenlayerServiceException e = catchThrowableOfType(
          () -> raw.call("DescribeZones", Map.of(), io.github.docsdk.runtime.internal.PlainJson::read), ZenlayerServiceException.class);
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.code()).isEqualTo("AUTHFAILURE_UNAUTHORIZED_OPERATION");
    }
  }
}
