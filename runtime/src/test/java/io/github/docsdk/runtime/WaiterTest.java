package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImageInfo;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The waiter engine against scripted replies from a real loopback server: each poll is a real signed call
 * of the runtime. The test models' image list stands in for a list of instances, each image's
 * {@code catalog} for the instance's status.
 */
class WaiterTest {

    private static final WaiterDefinition<ImagesResponse, ImageInfo> RUNNING =
            WaiterDefinition.<ImagesResponse, ImageInfo>builder("InstanceRunning")
                    .items(r -> r.images)
                    .id(i -> i.imageId)
                    .status(i -> i.catalog)
                    .success("RUNNING")
                    .failure("CREATE_FAILED")
                    .pollInterval(Duration.ofMillis(10))
                    .maxWait(Duration.ofSeconds(5))
                    .build();

    /** A reply listing the instances with these statuses (i-1, i-2, ...); no status lists none. */
    private static Reply listing(String... statuses) {
        StringBuilder items = new StringBuilder();
        for (int k = 0; k < statuses.length; k++) {
            items.append(k == 0 ? "" : ",").append("{\"imageId\":\"i-").append(k + 1).append("\",\"catalog\":\"")
                    .append(statuses[k]).append("\"}");
        }
        return Reply.ok("r", "{\"images\":[" + items + "],\"totalCount\":" + statuses.length + "}");
    }

    /** Replies in order; the last one repeats. */
    private static StubServer script(Reply... replies) throws Exception {
        return StubServer.start((i, r) -> replies[Math.min(i, replies.length - 1)]);
    }

    private static ZenlayerHttpClient client(StubServer server) {
        return new ZenlayerHttpClient(TestClients.config(server.baseUri()).build());
    }

    private static ImagesResponse poll(ZenlayerHttpClient client) {
        return client.call("DescribeImages", true, null, ImagesResponse::read);
    }

    private static CompletableFuture<ImagesResponse> pollAsync(ZenlayerHttpClient client) {
        return client.callAsync("DescribeImages", true, null, ImagesResponse::read);
    }

    @Test
    void succeedsOnTheFirstReplyInWhichEveryItemHasASuccessStatus() throws Exception {
        try (StubServer server = script(listing("CREATING", "CREATING"), listing("BOOTING", "RUNNING"),
                listing("RUNNING", "RUNNING"), listing("STOPPING", "STOPPING"));
                ZenlayerHttpClient client = client(server)) {
            WaiterResponse<ImagesResponse> done = RUNNING.await(WaiterOverrides.none(), () -> poll(client));
            assertThat(done.attempts()).isEqualTo(3);
            assertThat(done.response().images).extracting(i -> i.catalog).containsExactly("RUNNING", "RUNNING");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void aFailureStatusEndsTheWaitNamingTheItemItsStatusAndTheWaiter() throws Exception {
        try (StubServer server = script(listing("CREATING", "CREATING"), listing("RUNNING", "CREATE_FAILED"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> RUNNING.await(WaiterOverrides.none(), () -> poll(client)))
                    .isInstanceOfSatisfying(WaiterFailureException.class, e -> {
                        assertThat(e.waiter()).isEqualTo("InstanceRunning");
                        assertThat(e.item()).isEqualTo("i-2");
                        assertThat(e.status()).isEqualTo("CREATE_FAILED");
                        assertThat(e.attempts()).isEqualTo(2);
                        assertThat(e).hasMessage("waiter InstanceRunning failed after 2 polls: i-2 is CREATE_FAILED");
                    });
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void anEmptyListKeepsWaitingUnlessItIsDeclaredSuccessOrFailure() throws Exception {
        try (StubServer server = script(listing(), listing(), listing("CREATING"), listing("RUNNING"));
                ZenlayerHttpClient client = client(server)) {
            assertThat(RUNNING.await(WaiterOverrides.none(), () -> poll(client)).attempts()).isEqualTo(4);
        }
        WaiterDefinition<ImagesResponse, ImageInfo> released = WaiterDefinition.<ImagesResponse, ImageInfo>builder(
                "InstanceReleased").items(r -> r.images).status(i -> i.catalog)
                .onEmpty(WaiterDefinition.OnEmpty.SUCCESS).pollInterval(Duration.ofMillis(10)).build();
        try (StubServer server = script(listing("RECYCLE"), listing("RECYCLE"), listing());
                ZenlayerHttpClient client = client(server)) {
            assertThat(released.await(WaiterOverrides.none(), () -> poll(client)).attempts()).isEqualTo(3);
        }
        WaiterDefinition<ImagesResponse, ImageInfo> created = WaiterDefinition.<ImagesResponse, ImageInfo>builder(
                "InstanceRunning").items(r -> r.images).status(i -> i.catalog).success("RUNNING")
                .onEmpty(WaiterDefinition.OnEmpty.FAILURE).pollInterval(Duration.ofMillis(10)).build();
        try (StubServer server = script(listing("CREATING"), listing());
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> created.await(WaiterOverrides.none(), () -> poll(client)))
                    .isInstanceOfSatisfying(WaiterFailureException.class, e -> {
                        assertThat(e.status()).isNull();
                        assertThat(e.attempts()).isEqualTo(2);
                    });
        }
    }

    @Test
    void theMaxWaitEndsWithALastPollAtTheDeadlineEvenWhenTheNextDelayWouldOvershootIt() throws Exception {
        try (StubServer server = script(listing("BOOTING"));
                ZenlayerHttpClient client = client(server)) {
            poll(client); // warm the connection, so the first poll is quick
            long start = System.nanoTime();
            Duration maxWait = Duration.ofMillis(300);
            // an interval of 2 s puts the first delay at 1-2 s: far past the deadline
            assertThatThrownBy(() -> RUNNING.await(
                    WaiterOverrides.of(o -> o.pollInterval(Duration.ofSeconds(2)).maxWait(maxWait)),
                    () -> poll(client)))
                    .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(2);
                        assertThat(e.maxWait()).isEqualTo(maxWait);
                        assertThat(e.lastSeen()).isEqualTo("i-1=BOOTING");
                        assertThat(e.waiter()).isEqualTo("InstanceRunning");
                        assertThat(e).hasMessageContaining("gave up after 2 polls");
                    });
            List<StubServer.Recorded> polls = server.requests();
            assertThat(polls).hasSize(1 + 2);
            long last = polls.get(2).receivedNanos - start;
            assertThat(last).isGreaterThanOrEqualTo(maxWait.toNanos()).isLessThan(Duration.ofSeconds(1).toNanos());
        }
    }

    @Test
    void aServiceErrorThatOutlivesTheCallsRetriesEndsTheWaitWithThatError() throws Exception {
        try (StubServer server = script(listing("CREATING"),
                Reply.error(400, "INVALID_PARAMETER", "r-2", "instanceIds is malformed"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> RUNNING.await(WaiterOverrides.none(), () -> poll(client)))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class,
                            e -> assertThat(e.code()).isEqualTo("INVALID_PARAMETER"));
            assertThat(server.requests()).hasSize(2);
        }
        // a 5xx for a read-only action is retried inside the poll; the wait goes on
        try (StubServer server = script(listing("CREATING"), Reply.error(503, "INTERNAL_ERROR", "r-2", "busy"),
                listing("RUNNING"));
                ZenlayerHttpClient client = client(server)) {
            assertThat(RUNNING.await(WaiterOverrides.none(), () -> poll(client)).attempts()).isEqualTo(2);
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void anInterruptedWaitStopsAtOnceAndKeepsTheInterruptFlag() throws Exception {
        try (StubServer server = script(listing("BOOTING"));
                ZenlayerHttpClient client = client(server)) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            CountDownLatch polled = new CountDownLatch(1);
            Thread waiting = new Thread(() -> {
                try {
                    RUNNING.await(WaiterOverrides.of(o -> o.pollInterval(Duration.ofSeconds(20))), () -> {
                        ImagesResponse r = poll(client);
                        polled.countDown();
                        return r;
                    });
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            waiting.start();
            assertThat(polled.await(5, TimeUnit.SECONDS)).isTrue();
            waiting.interrupt();
            waiting.join(5_000);
            assertThat(waiting.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(ZenlayerClientException.class)
                    .hasMessageContaining("waiter InstanceRunning interrupted after 1 poll");
            assertThat(flag.get()).isTrue();
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void theAsyncWaitPollsOnTimersAndEndsLikeTheSyncOne() throws Exception {
        try (StubServer server = script(listing("CREATING"), listing("BOOTING"), listing("RUNNING"));
                ZenlayerHttpClient client = client(server)) {
            List<String> pollThreads = new ArrayList<>();
            String caller = Thread.currentThread().getName();
            CompletableFuture<WaiterResponse<ImagesResponse>> f = RUNNING.awaitAsync(WaiterOverrides.none(), () -> {
                synchronized (pollThreads) {
                    pollThreads.add(Thread.currentThread().getName());
                }
                return pollAsync(client);
            });
            assertThat(f.get(5, TimeUnit.SECONDS).attempts()).isEqualTo(3);
            // the first poll starts on the caller's thread, the later ones on the waiter timer
            assertThat(pollThreads).hasSize(3).startsWith(caller);
            assertThat(pollThreads.subList(1, 3)).allSatisfy(t -> assertThat(t).startsWith("docsdk-waiter-timer"));
        }
        try (StubServer server = script(listing("STOPPING"), listing("CREATE_FAILED"));
                ZenlayerHttpClient client = client(server)) {
            CompletableFuture<WaiterResponse<ImagesResponse>> f =
                    RUNNING.awaitAsync(WaiterOverrides.none(), () -> pollAsync(client));
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(WaiterFailureException.class,
                            e -> assertThat(e.item()).isEqualTo("i-1"));
        }
        try (StubServer server = script(listing("STOPPING"));
                ZenlayerHttpClient client = client(server)) {
            pollAsync(client).get(5, TimeUnit.SECONDS); // warm the connection
            long start = System.nanoTime();
            CompletableFuture<WaiterResponse<ImagesResponse>> f = RUNNING.awaitAsync(
                    WaiterOverrides.of(o -> o.pollInterval(Duration.ofSeconds(2)).maxWait(Duration.ofMillis(300))),
                    () -> pollAsync(client));
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> assertThat(e.attempts()).isEqualTo(2));
            long last = server.requests().get(2).receivedNanos - start;
            assertThat(last).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos())
                    .isLessThan(Duration.ofSeconds(1).toNanos());
        }
        try (StubServer server = script(Reply.error(404, "INVALID_INSTANCE_NOT_FOUND", "r-1", "no such instance"));
                ZenlayerHttpClient client = client(server)) {
            CompletableFuture<WaiterResponse<ImagesResponse>> f =
                    RUNNING.awaitAsync(WaiterOverrides.none(), () -> pollAsync(client));
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ZenlayerServiceException.class);
        }
    }

    @Test
    void cancellingTheFutureStopsThePolls() throws Exception {
        try (StubServer server = script(listing("BOOTING"));
                ZenlayerHttpClient client = client(server)) {
            CompletableFuture<WaiterResponse<ImagesResponse>> f = RUNNING.awaitAsync(
                    WaiterOverrides.of(o -> o.pollInterval(Duration.ofMillis(20))), () -> pollAsync(client));
            while (server.requests().size() < 2) {
                Thread.sleep(5);
            }
            assertThat(f.cancel(true)).isTrue();
            Thread.sleep(50); // a poll already on the wire may still arrive
            int seen = server.requests().size();
            Thread.sleep(200); // ten poll intervals
            assertThat(server.requests()).hasSize(seen);
            assertThatThrownBy(f::join).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void overridesAndDefinitionsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> WaiterOverrides.of(o -> o.maxWait(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaiterOverrides.of(o -> o.pollInterval(Duration.ofMillis(-1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaiterDefinition.<ImagesResponse, ImageInfo>builder("Never")
                .items(r -> r.images).status(i -> i.catalog).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can never succeed");
    }
}
