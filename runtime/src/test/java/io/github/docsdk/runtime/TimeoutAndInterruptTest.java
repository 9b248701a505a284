package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.RawServer;
import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Servers slower than the timeouts, and callers that give up: the client must stop waiting. */
class TimeoutAndInterruptTest {

    private static ZenlayerHttpClient client(java.net.URI base, Duration callTimeout) {
        return new ZenlayerHttpClient(TestClients.config(base).callTimeout(callTimeout).build());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in 10 s");
            }
            Thread.sleep(5);
        }
    }

    /** A raw server that reads the request, answers nothing, and notes when the client hangs up. */
    private static RawServer silentServer(AtomicBoolean clientHungUp) throws Exception {
        return new RawServer((i, request, socket, out) -> {
            socket.setSoTimeout(20_000);
            if (socket.getInputStream().read() == -1) {
                clientHungUp.set(true);
            }
            return false;
        });
    }

    @Test
    void callTimeoutStopsAServerThatNeverAnswers() throws Exception {
        AtomicBoolean hungUp = new AtomicBoolean();
        try (RawServer server = silentServer(hungUp);
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofMillis(300))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class)
                    .hasMessageContaining("DescribeImages").hasMessageContaining("300 ms");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(15);
            await(hungUp::get); // the exchange was aborted, not left running
            assertThat(server.requests()).hasSize(1); // the deadline also ends retrying
        }
    }

    @Test
    void twoClientsEachHonourTheirOwnTimeout() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("slow", "{}").delay(800));
                ZenlayerHttpClient impatient = client(server.baseUri(), Duration.ofMillis(200));
                ZenlayerHttpClient patient = client(server.baseUri(), Duration.ofSeconds(20))) {
            CompletableFuture<ImagesResponse> slowOk = patient.callAsync("DescribeZones", true, null, ImagesResponse::read);
            assertThatThrownBy(() -> impatient.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class).hasMessageContaining("200 ms");
            assertThat(slowOk.get(20, TimeUnit.SECONDS).requestId).isNull();
            assertThat(patient.call("DescribeZones", true, null, ImagesResponse::read)).isNotNull();
        }
    }

    @Test
    void bodyTricklingAfterTheHeadersStillHitsTheCallTimeout() throws Exception {
        try (RawServer server = new RawServer((i, request, socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"requestId\"")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(20_000);
            return false;
        }); ZenlayerHttpClient client = client(server.baseUri(), Duration.ofMillis(400))) {
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class);
        }
    }

    /** Headers and the start of a body, then nothing: the body is being read when the call must end. */
    private static RawServer tricklingServer() throws Exception {
        return new RawServer((i, request, socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"requestId\"").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(20_000);
            return false;
        });
    }

    @Test
    void asyncBodyTricklingAfterTheHeadersHitsTheCallTimeoutWhileBeingParsed() throws Exception {
        try (RawServer server = tricklingServer();
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofMillis(400))) {
            CompletableFuture<ImagesResponse> future = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            assertThatThrownBy(() -> future.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ZenlayerTimeoutException.class).hasMessageContaining("400 ms");
        }
    }

    @Test
    void interruptWhileTheBodyIsParsedStopsTheCallAndKeepsTheFlag() throws Exception {
        try (RawServer server = tricklingServer();
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofSeconds(60))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean flagKept = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                try {
                    client.call("DescribeImages", true, null, ImagesResponse::read);
                } catch (Throwable t) {
                    thrown.set(t);
                    flagKept.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            await(() -> server.requests().size() == 1);
            Thread.sleep(200); // the headers and the first bytes have arrived; the reader waits for more
            caller.interrupt();
            caller.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(caller.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(ZenlayerClientException.class).hasMessageContaining("interrupted");
            assertThat(flagKept.get()).isTrue();
        }
    }

    @Test
    void interruptStopsWaitingAtOnceAndKeepsTheFlag() throws Exception {
        AtomicBoolean hungUp = new AtomicBoolean();
        try (RawServer server = silentServer(hungUp);
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofSeconds(60))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean flagKept = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                try {
                    client.call("DescribeImages", true, null, ImagesResponse::read);
                } catch (Throwable t) {
                    thrown.set(t);
                    flagKept.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            await(() -> server.requests().size() == 1);
            caller.interrupt();
            caller.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(caller.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(ZenlayerClientException.class)
                    .hasMessageContaining("interrupted").hasCauseInstanceOf(InterruptedException.class);
            assertThat(flagKept.get()).isTrue();
            await(hungUp::get);
        }
    }

    @Test
    void interruptDuringBackoffStopsTheRetryLoop() throws Exception {
        try (StubServer server = StubServer.start((i, r) ->
                Reply.error(429, "REQUEST_LIMIT_EXCEEDED", "t", "slow down").header("Retry-After", "30"));
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofSeconds(60))) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    client.call("DescribeImages", true, null, ImagesResponse::read);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            caller.start();
            await(() -> server.requests().size() == 1);
            Thread.sleep(100); // let it reach the 30 s Retry-After wait
            caller.interrupt();
            caller.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(caller.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(ZenlayerClientException.class)
                    .hasMessageContaining("interrupted while waiting to retry");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void asyncCallTimesOutWithoutBlockingAThread() throws Exception {
        AtomicBoolean hungUp = new AtomicBoolean();
        try (RawServer server = silentServer(hungUp);
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofMillis(300))) {
            CompletableFuture<ImagesResponse> future = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            assertThatThrownBy(() -> future.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ZenlayerTimeoutException.class).hasMessageContaining("300 ms");
            await(hungUp::get);
        }
    }

    @Test
    void cancellingTheAsyncFutureAbortsTheExchange() throws Exception {
        AtomicBoolean hungUp = new AtomicBoolean();
        try (RawServer server = silentServer(hungUp);
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofSeconds(60))) {
            CompletableFuture<ImagesResponse> future = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            await(() -> server.requests().size() == 1);
            assertThat(future.cancel(true)).isTrue();
            await(hungUp::get);
            Thread.sleep(100);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void asyncCallsRetryLikeBlockingOnes() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> i < 2
                ? Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "e" + i, "busy") : Reply.ok("ok", "{\"requestId\":\"ok\"}"));
                ZenlayerHttpClient client = client(server.baseUri(), Duration.ofSeconds(10))) {
            ImagesResponse response = client.callAsync("DescribeZones", true, null, ImagesResponse::read).get(10, TimeUnit.SECONDS);
            assertThat(response.requestId).isEqualTo("ok");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void waitingForAFreeConnectionCountsAgainstTheCallTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer server = StubServer.start((i, r) -> {
            if (i == 0) {
                release.await(20, TimeUnit.SECONDS);
            }
            return Reply.ok("r" + i, "{}");
        }); ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                .maxConcurrency(1).build())) {
            CompletableFuture<ImagesResponse> holder = client.callAsync("DescribeZones", true, null, ImagesResponse::read);
            await(() -> server.requests().size() == 1);
            CompletableFuture<ImagesResponse> queued = client.callAsync("DescribeZones", true, null,
                    ImagesResponse::read);
            Thread.sleep(200);
            assertThat(server.requests()).hasSize(1); // the second call waits for the only permit
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(queued.get(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(server.requests()).hasSize(2);
        }
        AtomicBoolean slow = new AtomicBoolean(true);
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}").delay(slow.get() ? 3000 : 0));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).callTimeout(Duration.ofMillis(400)).build())) {
            CompletableFuture<ImagesResponse> holder = client.callAsync("DescribeZones", true, null, ImagesResponse::read);
            await(() -> server.requests().size() == 1);
            // Queued behind the holder, then (at best) sent with almost no time left: a timeout either way.
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class);
            assertThatThrownBy(() -> holder.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ZenlayerTimeoutException.class);
            slow.set(false);
            // Every permit came back: later calls go through.
            assertThat(client.call("DescribeZones", true, null, ImagesResponse::read)).isNotNull();
            assertThat(client.callAsync("DescribeZones", true, null, ImagesResponse::read).get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }
}
