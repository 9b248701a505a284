package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Throws from each stage of an async call (credentials, beforeSend, binding the reply, afterResponse, the
 * scheduled retry, the wait for a connection permit), both an unchecked exception and an Error: the future
 * must complete every time, and the permit must come back so the next call still goes through.
 */
class AsyncStagesTest {
    /** What a stage throws. */
    enum Kind {
        RUNTIME(() -> new IllegalStateException("stage blew up")),
        ERROR(() -> new StageError());

        final Supplier<Throwable> make;

        Kind(Supplier<Throwable> make) {
            this.make = make;
        }

        void raise() {
            Throwable t = make.get();
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw (RuntimeException) t;
        }
    }

    static final class StageError extends Error {
        private static final long serialVersionUID = 1L;

        StageError() {
            super("an error thrown on purpose");
        }
    }

    /** Binding this type runs a constructor that throws. */
    public static final class Exploding {
        static volatile Kind kind = Kind.RUNTIME;

        /** A reader that fails while reading, as a model's own code might. */
        static Exploding read(com.fasterxml.jackson.core.JsonParser p) {
            kind.raise();
            return new Exploding();
        }
    }

    private static void assertCompletesTyped(CompletableFuture<?> future) throws Exception {
        Throwable thrown = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
        assertThat(thrown).as("the future completed").isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause()).isInstanceOfAny(ZenlayerException.class, StageError.class);
    }

    private static void assertStillServes(ZenlayerHttpClient client) throws Exception {
        // maxConcurrency is 1: a permit lost by the failed stage would leave this call waiting.
        assertThat(client.callAsync("DescribeImages", true, null, ImagesResponse::read).get(5, TimeUnit.SECONDS))
                .isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void credentialsProviderThrows(Kind kind) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).credentialsProvider(() -> {
                            if (calls.getAndIncrement() == 0) {
                                kind.raise();
                            }
                            return Credentials.of(StubServer.KEY_ID, StubServer.KEY_PASSWORD);
                        }).build())) {
            assertCompletesTyped(client.callAsync("DescribeImages", true, null, ImagesResponse::read));
            assertStillServes(client);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void beforeSendThrows(Kind kind) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
            @Override
            public void beforeSend(RequestContext request) {
                if (calls.getAndIncrement() == 0) {
                    kind.raise();
                }
            }
        };
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).addInterceptor(interceptor).build())) {
            assertCompletesTyped(client.callAsync("DescribeImages", true, null, ImagesResponse::read));
            assertStillServes(client);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void bindingTheReplyThrows(Kind kind) throws Exception {
        Exploding.kind = kind;
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{\"requestId\":\"x\"}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).build())) {
            assertCompletesTyped(client.callAsync("DescribeImages", true, null, Exploding::read));
            assertStillServes(client);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void afterResponseThrows(Kind kind) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
            @Override
            public void afterResponse(ResponseContext response) {
                if (calls.getAndIncrement() == 0) {
                    kind.raise();
                }
            }
        };
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).addInterceptor(interceptor).build())) {
            CompletableFuture<ImagesResponse> first = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            // An unchecked exception from an interceptor is logged and ignored; an Error ends the call.
            Throwable thrown = catchThrowable(() -> first.get(5, TimeUnit.SECONDS));
            if (kind == Kind.ERROR) {
                assertThat(thrown).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StageError.class);
            } else {
                assertThat(thrown).isNull();
            }
            assertStillServes(client);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theScheduledRetryThrows(Kind kind) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "e", "busy") : Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).credentialsProvider(() -> {
                            if (calls.getAndIncrement() == 1) {
                                kind.raise(); // the second attempt, run from the backoff timer
                            }
                            return Credentials.of(StubServer.KEY_ID, StubServer.KEY_PASSWORD);
                        }).build())) {
            assertCompletesTyped(client.callAsync("DescribeImages", true, null, ImagesResponse::read));
            assertThat(server.requests()).hasSize(1);
            assertStillServes(client);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCallThatWaitedForAPermitThrows(Kind kind) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}").delay(300));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxConcurrency(1).credentialsProvider(() -> {
                            if (calls.getAndIncrement() == 1) {
                                kind.raise(); // the call that queued behind the first
                            }
                            return Credentials.of(StubServer.KEY_ID, StubServer.KEY_PASSWORD);
                        }).build())) {
            CompletableFuture<ImagesResponse> first = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            CompletableFuture<ImagesResponse> queued = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            assertThat(first.get(5, TimeUnit.SECONDS)).isNotNull();
            assertCompletesTyped(queued);
            assertStillServes(client);
        }
    }

    @Test
    void anUncheckedExceptionFromAStageArrivesTypedWithItsCause() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .credentialsProvider(() -> {
                            throw new IllegalStateException("vault sealed");
                        }).build())) {
            Throwable thrown = catchThrowable(() -> client.callAsync("DescribeImages", true, null, ImagesResponse::read)
                    .get(5, TimeUnit.SECONDS));
            assertThat(thrown.getCause()).isInstanceOf(ZenlayerClientException.class)
                    .hasMessageContaining("credentials provider failed");
        }
    }
}
