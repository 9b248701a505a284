package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Recorded;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.EmptyRequest;
import io.github.docsdk.runtime.testing.TestModels.ImagesRequest;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The happy paths and error mapping against a real loopback server that checks every signature. */
class ZenlayerHttpClientTest {

    @Test
    void signedCallPostsJsonToTheServicePathAndUnwrapsTheEnvelope() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("req-1",
                io.github.docsdk.runtime.testing.TestModels.ONE_IMAGE));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            ImagesResponse response = client.call("DescribeImages", true, new ImagesRequest("HKG-A", 1, null),
                    ImagesResponse::read);

            assertThat(response.requestId).isEqualTo("req-1");
            assertThat(response.totalCount).isEqualTo(1L);
            assertThat(response.images).hasSize(1);
            assertThat(response.images.get(0).imageId).isEqualTo("img-1");
            assertThat(response.images.get(0).catalog).isEqualTo("centos");

            Recorded sent = server.requests().get(0);
            assertThat(sent.signatureProblem).isNull();
            assertThat(sent.path).isEqualTo("/api/v2/bmc");
            assertThat(sent.bodyText()).isEqualTo("{\"zoneId\":\"HKG-A\",\"pageNum\":1}");
            assertThat(sent.headers).containsEntry("x-zc-action", "DescribeImages")
                    .containsEntry("x-zc-version", "2022-11-20")
                    .containsEntry("x-zc-service", "bmc")
                    .containsEntry("x-zc-signature-method", "ZC2-HMAC-SHA256")
                    .containsEntry("content-type", "application/json; charset=utf-8");
            assertThat(sent.headers.get("authorization"))
                    .startsWith("ZC2-HMAC-SHA256 Credential=" + StubServer.KEY_ID + ", SignedHeaders=content-type;host, Signature=");
            long ts = Long.parseLong(sent.headers.get("x-zc-timestamp"));
            assertThat(Math.abs(ts - System.currentTimeMillis() / 1000)).isLessThan(60);
            assertThat(sent.headers.get("user-agent")).startsWith("docsdk-runtime/");
        }
    }

    @Test
    void malformedActionNamesAreRefusedBeforeAnythingIsSent() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            for (String bad : new String[] {null, "", "1Describe", "Describe Images", "Describe\r\nX-Evil: 1",
                    "Describ\u00e9", "Describe-Images", "_Describe"}) {
                assertThatThrownBy(() -> client.call(bad, true, null, ImagesResponse::read))
                        .as("action %s", bad).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("action name");
            }
            assertThat(server.requests()).isEmpty();
            client.call("D", true, null, ImagesResponse::read);
            client.call("DescribeImages2", true, null, ImagesResponse::read);
            assertThat(server.requests()).extracting(r -> r.headers.get("x-zc-action"))
                    .containsExactly("D", "DescribeImages2");
        }
    }

    @Test
    void nullAndEmptyRequestsAreSentAsAnEmptyObject() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            client.call("DescribeZones", true, null, ImagesResponse::read);
            client.call("DescribeZones", true, new EmptyRequest(), ImagesResponse::read);
            assertThat(server.requests()).extracting(Recorded::bodyText).containsExactly("{}", "{}");
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.signatureProblem).isNull());
        }
    }

    @Test
    void bearerTokenIsSentInsteadOfASignature() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .credentials(Credentials.bearerToken("tok-123")).build())) {
            client.call("DescribeZones", true, null, ImagesResponse::read);
            Recorded sent = server.requests().get(0);
            assertThat(sent.headers).containsEntry("authorization", "Bearer tok-123")
                    .doesNotContainKey("x-zc-signature-method")
                    .containsEntry("x-zc-action", "DescribeZones");
        }
    }

    @Test
    void errorEnvelopeBecomesServiceExceptionWithStatusCodeRequestIdAndMessage() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.error(404, "INVALID_ZONE_NOT_FOUND", "req-404",
                "The specified zoneId `SEL--A` is not found"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(404);
                        assertThat(e.code()).isEqualTo("INVALID_ZONE_NOT_FOUND");
                        assertThat(e.requestId()).isEqualTo("req-404");
                        assertThat(e.getMessage()).isEqualTo("The specified zoneId `SEL--A` is not found");
                    })
                    .isInstanceOf(ZenlayerException.class);
            assertThat(server.requests()).hasSize(1); // a 404 is not retried
        }
    }

    @Test
    void wrongPasswordIsRejectedByTheVerifyingServer() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .credentials(Credentials.of(StubServer.KEY_ID, "not-the-password")).build())) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(401);
                        assertThat(e.code()).isEqualTo("AUTHFAILURE_SIGNATURE_FAILURE");
                    });
        }
    }

    @Test
    void asyncCallCompletesWithTheResponseOrTheServiceException() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> "DescribeImages".equals(r.action())
                ? Reply.ok("a", io.github.docsdk.runtime.testing.TestModels.ONE_IMAGE)
                : Reply.error(400, "MISSING_PARAMETER", "b", "zoneId is missing"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            CompletableFuture<ImagesResponse> ok = client.callAsync("DescribeImages", true, null, ImagesResponse::read);
            CompletableFuture<ImagesResponse> bad = client.callAsync("CreateInstances", Map.of("a", 1),
                    ImagesResponse::read);
            assertThat(ok.get(10, TimeUnit.SECONDS).images.get(0).imageId).isEqualTo("img-1");
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.code()).isEqualTo("MISSING_PARAMETER");
                        assertThat(e.httpStatus()).isEqualTo(400);
                    });
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.signatureProblem).isNull());
        }
    }

    @Test
    void closedClientRefusesCalls() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"))) {
            ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build());
            client.close();
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerClientException.class).hasMessageContaining("closed");
            assertThat(client.callAsync("DescribeZones", true, null, ImagesResponse::read))
                    .failsWithin(1, TimeUnit.SECONDS);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void malformedActionNamesAreRejectedBeforeSending() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            assertThatThrownBy(() -> client.call("Describe\r\nX-Evil: 1", null, ImagesResponse::read))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void serviceUriAppendsApiV2AndTheService() {
        ZenlayerHttpClient client = new ZenlayerHttpClient(ClientConfig.builder().service("vm")
                .apiVersion("2023-01-01").credentials(Credentials.of("a", "b"))
                .endpoint(java.net.URI.create("https://console.zenlayer.com/")).build());
        try (client) {
            assertThat(client.serviceUri()).hasToString("https://console.zenlayer.com/api/v2/vm");
        }
    }
}
