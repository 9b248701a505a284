package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.docsdk.mock.MockServer;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.WaiterOverrides;
import io.github.docsdk.runtime.WaiterResponse;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesResponse;
import io.github.docsdk.sdk.bmc.model.InstanceInfo;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client against the stateful mock serving this module's model (specs/bmc with the
 * corrections, whose {@code resources} declare the instance): an instance created through the SDK
 * appears, settles, stops, goes to the recycle bin and is released, with the documented errors in
 * between. Transitions take 150 ms; the generated waiters poll every 20 ms for at most 10 s.
 */
class StatefulLifecycleTest {

  private static final String KEY_ID = "AKID-stateful";
  private static final String KEY_PASSWORD = "stateful-password";
  private static final Consumer<WaiterOverrides.Builder> QUICK =
      o -> o.pollInterval(Duration.ofMillis(20)).maxWait(Duration.ofSeconds(10));

  private static MockServer mock;
  private static BmcClient bmc;

  @BeforeAll
  static void start() {
    mock = MockServer.builder(DocExamples.modelText()).credentials(KEY_ID, KEY_PASSWORD).stateful(true)
        .transition(Duration.ofMillis(150)).start();
    bmc = BmcClient.builder().credentials(Credentials.of(KEY_ID, KEY_PASSWORD)).endpoint(mock.baseUri())
        .maxAttempts(1).build();
  }

  @AfterAll
  static void stop() {
    bmc.close();
    mock.close();
  }

  @Test
  void createRunStopTerminateRelease() {
    List<String> ids = bmc.createInstances(r -> r.zoneId("SEL-A").instanceChargeType("POSTPAID")
        .instanceTypeId("M6C").internetChargeType("ByBandwidth").instanceName("e2e-1")).instanceIdSet();
    assertThat(ids).hasSize(1);
    String id = ids.get(0);
    InstanceInfo created = instance(id);
    assertThat(created.instanceName()).isEqualTo("e2e-1");
    assertThat(created.instanceStatusAsString()).isIn("CREATING", "BOOTING", "RUNNING");

    DescribeInstancesRequest thisOne = DescribeInstancesRequest.builder().instanceIds(List.of(id)).build();
    WaiterResponse<DescribeInstancesResponse> running = bmc.waiter().waitUntilInstanceRunning(thisOne, QUICK);
    assertThat(running.response().dataSet().get(0).instanceStatusAsString()).isEqualTo("RUNNING");
    bmc.stopInstances(r -> r.instanceIds(List.of(id)));
    WaiterResponse<DescribeInstancesResponse> stopped = bmc.waiter().waitUntilInstanceStopped(thisOne, QUICK);
    assertThat(stopped.response().dataSet().get(0).instanceStatusAsString()).isEqualTo("STOPPED");
    ZenlayerServiceException again = catchThrowableOfType(
        () -> bmc.stopInstances(r -> r.instanceIds(List.of(id))), ZenlayerServiceException.class);
    assertThat(again.code()).isEqualTo("OPERATION_DENIED_INSTANCE_NOT_RUNNING");
    assertThat(again.httpStatus()).isEqualTo(403);

    bmc.terminateInstance(r -> r.instanceId(id));
    assertThat(instance(id).instanceStatusAsString()).isEqualTo("RECYCLE");
    bmc.releaseInstances(r -> r.instanceIds(List.of(id)));
    assertThat(bmc.waiter().waitUntilInstanceReleased(thisOne, QUICK).response().dataSet()).isEmpty();
    assertThat(bmc.describeInstances(r -> r.instanceIds(List.of(id))).dataSet()).isEmpty();

    ZenlayerServiceException gone = catchThrowableOfType(
        () -> bmc.startInstances(r -> r.instanceIds(List.of(id))), ZenlayerServiceException.class);
    assertThat(gone.code()).isEqualTo("INVALID_INSTANCE_NOT_FOUND");
    assertThat(gone.httpStatus()).isEqualTo(404);
    assertThat(gone.requestId()).isNotBlank();
  }

  private static InstanceInfo instance(String id) {
    List<InstanceInfo> found = bmc.describeInstances(r -> r.instanceIds(List.of(id))).dataSet();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
