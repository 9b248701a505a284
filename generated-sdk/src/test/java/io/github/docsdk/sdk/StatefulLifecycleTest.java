package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.docsdk.mock.MockServer;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.InstanceInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client against the stateful mock serving this module's model (specs/bmc with the
 * corrections, whose {@code resources} declare the instance): an instance created through the SDK
 * appears, settles, stops, goes to the recycle bin and is released, with the documented errors in
 * between. Transitions take 150 ms; each wait polls with a deadline.
 */
class StatefulLifecycleTest {

  private static final String KEY_ID = "AKID-stateful";
  private static final String KEY_PASSWORD = "stateful-password";
  private static final Duration DEADLINE = Duration.ofSeconds(10);

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
  void createRunStopTerminateRelease() throws InterruptedException {
    List<String> ids = bmc.createInstances(r -> r.zoneId("SEL-A").instanceChargeType("POSTPAID")
        .instanceTypeId("M6C").internetChargeType("ByBandwidth").instanceName("e2e-1")).instanceIdSet();
    assertThat(ids).hasSize(1);
    String id = ids.get(0);
    InstanceInfo created = instance(id);
    assertThat(created.instanceName()).isEqualTo("e2e-1");
    assertThat(created.instanceStatusAsString()).isIn("CREATING", "BOOTING", "RUNNING");

    awaitStatus(id, "RUNNING");
    bmc.stopInstances(r -> r.instanceIds(List.of(id)));
    awaitStatus(id, "STOPPED");
    ZenlayerServiceException again = catchThrowableOfType(
        () -> bmc.stopInstances(r -> r.instanceIds(List.of(id))), ZenlayerServiceException.class);
    assertThat(again.code()).isEqualTo("OPERATION_DENIED_INSTANCE_NOT_RUNNING");
    assertThat(again.httpStatus()).isEqualTo(403);

    bmc.terminateInstance(r -> r.instanceId(id));
    assertThat(instance(id).instanceStatusAsString()).isEqualTo("RECYCLE");
    bmc.releaseInstances(r -> r.instanceIds(List.of(id)));
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

  /** Polls every 20 ms until the status is reached, failing at the deadline. */
  private static void awaitStatus(String id, String status) throws InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    String seen = instance(id).instanceStatusAsString();
    while (!status.equals(seen)) {
      assertThat(Instant.now()).as("%s still %s, waiting for %s", id, seen, status).isBefore(deadline);
      Thread.sleep(20);
      seen = instance(id).instanceStatusAsString();
    }
  }
}
