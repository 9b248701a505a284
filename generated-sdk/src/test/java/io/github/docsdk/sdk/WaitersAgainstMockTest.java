package io.github.docsdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.mock.MockReply;
import io.github.docsdk.mock.MockServer;
import io.github.docsdk.mock.RecordedRequest;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.WaiterFailureException;
import io.github.docsdk.runtime.WaiterResponse;
import io.github.docsdk.runtime.WaiterTimeoutException;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.sdk.bmc.BmcAsyncClient;
import io.github.docsdk.sdk.bmc.BmcClient;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesRequest;
import io.github.docsdk.sdk.bmc.model.DescribeInstancesResponse;
import io.github.docsdk.sdk.bmc.model.InstanceStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The waiters generated from {@code corrections/zenlayer-bmc-2022-11-20.json} poll DescribeInstances on
 * the mock, which answers with scripted status sequences.
 */
class WaitersAgainstMockTest {

  private static final String KEY_ID = "AKID-waiters";
  private static final String KEY_PASSWORD = "waiters-password-for-tests";
  private static final DescribeInstancesRequest TWO =
      DescribeInstancesRequest.builder().instanceIds("i-1", "i-2").build();

  private MockServer mock;

  @BeforeEach
  void start() {
    mock = MockServer.builder(DocExamples.modelText()).credentials(KEY_ID, KEY_PASSWORD).start();
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  @Test
  void waitUntilInstanceRunningPollsUntilEveryInstanceRuns() {
    script(listing("CREATING", "PENDING"), listing("BOOTING", "RUNNING"), listing("RUNNING", "RUNNING"));
    try (BmcClient client = client()) {
      WaiterResponse<DescribeInstancesResponse> done =
          client.waiter().waitUntilInstanceRunning(TWO, o -> o.pollInterval(Duration.ofMillis(10)));
      assertThat(done.attempts()).isEqualTo(3);
      assertThat(done.response().dataSet()).extracting(i -> i.instanceStatus())
          .containsExactly(InstanceStatus.RUNNING, InstanceStatus.RUNNING);
      List<RecordedRequest> polls = mock.requests("DescribeInstances");
      assertThat(polls).hasSize(3);
      assertThat(polls).allSatisfy(r -> assertThat(r.bodyJson().path("instanceIds").toString())
          .isEqualTo("[\"i-1\",\"i-2\"]"));
    }
  }

  @Test
  void aFailureStateOrAMissingInstanceEndsTheWaitAtOnce() {
    script(listing("CREATING", "CREATING"), listing("CREATE_FAILED", "BOOTING"));
    try (BmcClient client = client()) {
      assertThatThrownBy(() -> client.waiter().waitUntilInstanceRunning(TWO,
          o -> o.pollInterval(Duration.ofMillis(10))))
          .isInstanceOfSatisfying(WaiterFailureException.class, e -> {
            assertThat(e.waiter()).isEqualTo("InstanceRunning");
            assertThat(e.item()).isEqualTo("i-1");
            assertThat(e.status()).isEqualTo("CREATE_FAILED");
            assertThat(e.attempts()).isEqualTo(2);
          });
      // the docs: an instance DescribeInstances cannot find was not created
      script(listing());
      assertThatThrownBy(() -> client.waiter().waitUntilInstanceRunning(r -> r.instanceIds("i-9")))
          .isInstanceOfSatisfying(WaiterFailureException.class, e -> assertThat(e.status()).isNull());
    }
  }

  @Test
  void theMaxWaitEndsTheWaitAfterALastPollAtTheDeadline() {
    List<MockReply> booting = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      booting.add(listing("BOOTING", "RUNNING"));
    }
    script(booting.toArray(new MockReply[0]));
    try (BmcClient client = client()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.waiter().waitUntilInstanceRunning(TWO,
          o -> o.pollInterval(Duration.ofMillis(30)).maxWait(Duration.ofMillis(120))))
          .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
            assertThat(e.waiter()).isEqualTo("InstanceRunning");
            assertThat(e.lastSeen()).isEqualTo("i-1=BOOTING, i-2=RUNNING");
            assertThat(e.attempts()).isEqualTo(mock.requests("DescribeInstances").size()).isGreaterThan(1);
          });
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }
  }

  @Test
  void asyncWaitUntilInstanceStoppedCompletesWithoutBlockingTheCaller() throws Exception {
    script(listing("STOPPING", "STOPPING"), listing("STOPPED", "STOPPING"), listing("STOPPED", "STOPPED"));
    try (BmcAsyncClient client = asyncClient()) {
      CompletableFuture<WaiterResponse<DescribeInstancesResponse>> f =
          client.waiter().waitUntilInstanceStopped(TWO, o -> o.pollInterval(Duration.ofMillis(10)));
      WaiterResponse<DescribeInstancesResponse> done = f.get(10, TimeUnit.SECONDS);
      assertThat(done.attempts()).isEqualTo(3);
      assertThat(done.response().dataSet()).extracting(i -> i.instanceStatusAsString())
          .containsExactly("STOPPED", "STOPPED");
    }
  }

  @Test
  void asyncWaitsFailLikeTheSyncOnes() {
    try (BmcAsyncClient client = asyncClient()) {
      script(listing("STOPPING", "INSTALL_FAILED"));
      assertThatThrownBy(() -> client.waiter().waitUntilInstanceStopped(TWO).get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).cause()
          .isInstanceOfSatisfying(WaiterFailureException.class, e -> {
            assertThat(e.item()).isEqualTo("i-2");
            assertThat(e.waiter()).isEqualTo("InstanceStopped");
          });
      script(MockReply.error("INVALID_PARAMETER_EXCEED_LENGTH"));
      assertThatThrownBy(() -> client.waiter().waitUntilInstanceStopped(TWO).get(10, TimeUnit.SECONDS))
          .cause().isInstanceOfSatisfying(ZenlayerServiceException.class,
              e -> assertThat(e.code()).isEqualTo("INVALID_PARAMETER_EXCEED_LENGTH"));
      assertThat(client.waiter().waitUntilInstanceStopped(TWO, o -> o.maxWait(Duration.ZERO)))
          .as("bad overrides fail the future").isCompletedExceptionally();
    }
  }

  @Test
  void releasedAndTerminatedWaitersSucceedWhenTheInstancesLeaveTheList() {
    script(listing("RECYCLE", "RECYCLE"), listing("RECYCLE"), listing());
    try (BmcClient client = client()) {
      assertThat(client.waiter().waitUntilInstanceReleased(TWO, o -> o.pollInterval(Duration.ofMillis(10)))
          .attempts()).isEqualTo(3);
      script(listing("RUNNING", "RECYCLE"), listing("RECYCLE", "RECYCLE"));
      assertThat(client.waiter().waitUntilInstanceTerminated(TWO, o -> o.pollInterval(Duration.ofMillis(10)))
          .attempts()).isEqualTo(2);
    }
  }

  private void script(MockReply... replies) {
    mock.enqueue("DescribeInstances", replies);
  }

  private BmcClient client() {
    return BmcClient.builder().credentials(Credentials.of(KEY_ID, KEY_PASSWORD)).endpoint(mock.baseUri())
        .maxAttempts(1).build();
  }

  private BmcAsyncClient asyncClient() {
    return BmcAsyncClient.builder().credentials(Credentials.of(KEY_ID, KEY_PASSWORD)).endpoint(mock.baseUri())
        .maxAttempts(1).build();
  }

  /** A DescribeInstances reply listing i-1, i-2, ... with these statuses. */
  private static MockReply listing(String... statuses) {
    List<String> items = new ArrayList<>();
    for (int k = 0; k < statuses.length; k++) {
      items.add("{\"instanceId\":\"i-" + (k + 1) + "\",\"instanceStatus\":\"" + statuses[k] + "\"}");
    }
    return MockReply.response("{\"requestId\":\"T-wait\",\"totalCount\":" + statuses.length + ",\"dataSet\":["
        + items.stream().collect(Collectors.joining(",")) + "]}");
  }
}
