package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Recorded;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which failures are retried, and which never are, against a real server scripting 5xx and 429. */
class RetryFaultsTest {
    private static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    private static ZenlayerHttpClient client(StubServer server) {
        return new ZenlayerHttpClient(TestClients.config(server.baseUri()).build());
    }

    @Test
    void readOnlyActionIsRetriedOn5xxUntilItSucceeds() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(500, "INTERNAL_SERVER_ERROR", "e0", "boom")
                : i == 1 ? Reply.raw(502, "text/html", HTML_502.getBytes())
                : Reply.ok("ok", TestModels.ONE_IMAGE));
                ZenlayerHttpClient client = client(server)) {
            ImagesResponse response = client.call("DescribeImages", true, Map.of("zoneId", "HKG-A"), ImagesResponse::read);
            assertThat(response.totalCount).isEqualTo(1L);
            List<Recorded> requests = server.requests();
            assertThat(requests).hasSize(3);
            // Each attempt re-sends the same non-empty body, freshly signed.
            assertThat(requests).extracting(Recorded::bodyText).containsOnly("{\"zoneId\":\"HKG-A\"}");
            assertThat(requests).allSatisfy(r -> assertThat(r.signatureProblem).isNull());
        }
    }

    @Test
    void inquiryActionsAreReadOnlyToo() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(503, "REQUEST_TIMED_OUT", "e0", "slow") : Reply.ok("ok", "{}"));
                ZenlayerHttpClient client = client(server)) {
            client.call("InquiryPriceCreateInstance", true, null, ImagesResponse::read);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void theReadOnlyFlagDecidesNotTheActionName() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(500, "INTERNAL_SERVER_ERROR", "e" + i, "boom"));
                ZenlayerHttpClient client = client(server)) {
            // a Describe-named action the model says changes state (and the 3-argument form) is sent once
            assertThatThrownBy(() -> client.call("DescribeAndReset", false, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerServiceException.class);
            assertThatThrownBy(() -> client.call("DescribeImages", null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerServiceException.class);
            assertThat(server.requests()).hasSize(2);
        }
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(500, "INTERNAL_SERVER_ERROR", "e0", "boom") : Reply.ok("ok", "{}"));
                ZenlayerHttpClient client = client(server)) {
            client.call("ZoneDetails", true, null, ImagesResponse::read); // read-only whatever its name
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void stateChangingActionIsNotRetriedOn5xx() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(500, "INTERNAL_SERVER_ERROR", "e" + i, "boom"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("CreateInstances", Map.of("zoneId", "HKG-A"), ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.code()).isEqualTo("INTERNAL_SERVER_ERROR");
                        assertThat(e.requestId()).isEqualTo("e0");
                    });
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void stateChangingActionIsNotRetriedOnServiceTemporarilyUnavailable() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "e", "x"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("ModifyInstancesAttribute", Map.of("a", 1), ImagesResponse::read))
                    .isInstanceOf(ZenlayerServiceException.class);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void retriesStopAtMaxAttemptsAndSurfaceTheLastError() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "e" + i, "busy"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.code()).isEqualTo("SERVICE_TEMPORARY_UNAVAILABLE");
                        assertThat(e.requestId()).isEqualTo("e2");
                    });
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void maxAttemptsOfOneMeansNoRetry() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "e", "busy"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(
                        TestClients.config(server.baseUri()).maxAttempts(1).build())) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerServiceException.class);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void throttledStateChangingCallIsRetriedThroughA429Burst() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> i < 2
                ? Reply.error(429, "REQUEST_LIMIT_EXCEEDED", "t" + i, "slow down")
                : Reply.ok("ok", "{\"requestId\":\"ok\"}"));
                ZenlayerHttpClient client = client(server)) {
            ImagesResponse response = client.call("CreateInstances", Map.of("zoneId", "HKG-A"), ImagesResponse::read);
            assertThat(response.requestId).isEqualTo("ok");
            assertThat(server.requests()).hasSize(3);
            assertThat(server.requests()).extracting(Recorded::bodyText).containsOnly("{\"zoneId\":\"HKG-A\"}");
        }
    }

    @Test
    void requestLimitExceededCodeIsRetriedWhateverTheStatus() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(400, "REQUEST_LIMIT_EXCEEDED", "t", "slow down") : Reply.ok("ok", "{}"));
                ZenlayerHttpClient client = client(server)) {
            client.call("CreateInstances", null, ImagesResponse::read);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void a429BurstLongerThanMaxAttemptsFailsWithTheThrottlingError() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(429, "REQUEST_LIMIT_EXCEEDED", "t" + i, "slow down"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
                    });
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(429, "REQUEST_LIMIT_EXCEEDED", "t", "slow down").header("Retry-After", "1")
                : Reply.ok("ok", "{}"));
                ZenlayerHttpClient client = client(server)) {
            client.call("CreateInstances", null, ImagesResponse::read);
            List<Recorded> requests = server.requests();
            assertThat(requests).hasSize(2);
            // Backoff is configured at 5-50 ms, so only Retry-After explains a gap of a second.
            long gapMillis = TimeUnit.NANOSECONDS.toMillis(requests.get(1).receivedNanos - requests.get(0).receivedNanos);
            assertThat(gapMillis).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void retryAfterBeyondTheCallTimeoutFailsAtOnceWithTheRealError() throws Exception {
        try (StubServer server = StubServer.start((i, r) ->
                Reply.error(429, "REQUEST_LIMIT_EXCEEDED", "t", "slow down").header("Retry-After", "3600"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class,
                            e -> assertThat(e.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED"));
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void htmlFromAProxyOnAStateChangingCallIsAClearClientError() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.raw(502, "text/html", HTML_502.getBytes()));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("CreateInstances", null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerClientException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(502);
                        assertThat(e.getMessage()).contains("HTTP 502", "text/html", "<html><head><title>502 Bad Gateway");
                    });
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void interceptorsSeeEveryAttemptAndMayAddHeaders() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
            @Override
            public void beforeSend(RequestContext request) {
                assertThat(request.headers()).doesNotContainKey("Authorization").containsKey("X-ZC-Timestamp");
                request.addHeader("traceparent", "trace-" + request.attempt());
                events.add("before " + request.action() + " #" + request.attempt());
            }

            @Override
            public void afterResponse(ResponseContext response) {
                events.add("after #" + response.attempt() + " " + response.httpStatus() + " "
                        + response.requestId().orElse("-") + " retry=" + response.willRetry()
                        + " failed=" + response.failure().isPresent());
            }
        };
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "e0", "busy") : Reply.ok("r1", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(
                        TestClients.config(server.baseUri()).addInterceptor(interceptor).build())) {
            client.call("DescribeZones", true, null, ImagesResponse::read);
            assertThat(events).containsExactly(
                    "before DescribeZones #1",
                    "after #1 503 e0 retry=true failed=true",
                    "before DescribeZones #2",
                    "after #2 200 r1 retry=false failed=false");
            assertThat(server.requests()).extracting(r -> r.headers.get("traceparent"))
                    .containsExactly("trace-1", "trace-2");
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.signatureProblem).isNull());
        }
    }

    @Test
    void interceptorsCannotReplaceProtocolHeadersAndTheirFailureAbortsTheCall() throws Exception {
        ExecutionInterceptor hostile = new ExecutionInterceptor() {
            @Override
            public void beforeSend(RequestContext request) {
                request.addHeader("X-ZC-Action", "TerminateInstance");
            }
        };
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(
                        TestClients.config(server.baseUri()).addInterceptor(hostile).build())) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerClientException.class).hasMessageContaining("beforeSend")
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
            assertThat(server.requests()).isEmpty();
        }
    }
}
