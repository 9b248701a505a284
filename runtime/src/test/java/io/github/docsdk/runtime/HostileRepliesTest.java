package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.internal.json.ServerText;
import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replies written to hurt: absurd Retry-After values, huge or forged error text, ambiguous JSON. */
class HostileRepliesTest {

    private static ZenlayerHttpClient client(StubServer server) {
        return new ZenlayerHttpClient(TestClients.config(server.baseUri()).build());
    }

    private static Reply throttled(String retryAfter) {
        return Reply.error(429, "REQUEST_LIMIT_EXCEEDED", "t-1", "slow down").header("Retry-After", retryAfter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999", "9223372036854775807", "99999999999999999999999",
            "Fri, 31 Dec 9999 23:59:59 GMT", "3600"})
    void aRetryAfterBeyondTheDeadlineEndsTheSyncCallAtOnceSayingSo(String retryAfter) throws Exception {
        try (StubServer server = StubServer.start((i, r) -> throttled(retryAfter));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerThrottlingException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
                        assertThat(e.requestId()).isEqualTo("t-1");
                        assertThat(e.getMessage()).startsWith("slow down")
                                .contains("Retry-After", "beyond the call deadline", "not retried");
                        assertThat(e.retryAfter()).isPositive();
                    });
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999", "9223372036854775807", "Fri, 31 Dec 9999 23:59:59 GMT"})
    void aRetryAfterBeyondTheDeadlineCompletesTheAsyncFuture(String retryAfter) throws Exception {
        try (StubServer server = StubServer.start((i, r) -> throttled(retryAfter));
                ZenlayerHttpClient client = client(server)) {
            // The call timeout is 10 s; a future still pending after 5 is the bug this guards against.
            assertThatThrownBy(() -> client.callAsync("DescribeZones", true, null, ImagesResponse::read)
                    .get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ZenlayerThrottlingException.class);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void aThrottlingReplyWithoutAnEnvelopeStillSaysWhyItWasNotRetried() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.raw(429, "text/plain", "busy".getBytes())
                .header("Retry-After", "9223372036854775807"));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerClientException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.getMessage()).contains("\"busy\"", "a day or more", "beyond the call deadline");
                    });
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void aHugeErrorMessageIsCutSayingSo() throws Exception {
        char[] filler = new char[10_000_000];
        Arrays.fill(filler, 'x');
        String huge = new String(filler);
        try (StubServer server = StubServer.start((i, r) -> Reply.error(400, "INVALID_PARAMETER", "r-1", huge));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("CreateThing", null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.getMessage().length()).isLessThan(ServerText.MAX_MESSAGE_CHARS + 100);
                        assertThat(e.getMessage()).startsWith("xxxx").endsWith("[cut: 10000000 characters in all]");
                        assertThat(e.code()).isEqualTo("INVALID_PARAMETER");
                    });
        }
    }

    @Test
    void controlCharactersInCodeMessageAndRequestIdAreEscapedInTheExceptionAndTheLog() throws Exception {
        String forged = "FORGED-LOG-LINE level=ERROR user=admin";
        String json = "{\"requestId\":\"r\\r\\n" + forged + "\",\"code\":\"BAD\\nCODE\\u001b[31m\","
                + "\"message\":\"first\\r\\n" + forged + "\\u2028x\"}";
        try (StubServer server = StubServer.start((i, r) -> Reply.json(400, json));
                ZenlayerHttpClient client = new ZenlayerHttpClient(
                        TestClients.config(server.baseUri()).maxAttempts(1).build())) {
            assertThatThrownBy(() -> client.call("CreateForgeryProbe", null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerServiceException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("first\\r\\n" + forged + "\\u2028x");
                        assertThat(e.code()).isEqualTo("BAD\\nCODE\\u001b[31m");
                        assertThat(e.requestId()).isEqualTo("r\\r\\n" + forged);
                        assertThat(e.toString()).doesNotContain("\n", "\r", "\u001b");
                    });
        }
        String logFile = System.getProperty("docsdk.test.logFile");
        if (logFile != null) {
            String log = Files.readString(Path.of(logFile));
            assertThat(log).contains("CreateForgeryProbe attempt 1/1");
            // The forged text appears only inside an escaped line, never at the start of a line of its own.
            assertThat(log.lines()).noneMatch(line -> line.startsWith(forged));
            assertThat(log).doesNotContain("\u001b");
        }
    }

    @Test
    void duplicateKeysInAReplyAreRefusedWithATypedError() throws Exception {
        String json = "{\"requestId\":\"r-1\",\"response\":{\"totalCount\":1,\"totalCount\":2}}";
        try (StubServer server = StubServer.start((i, r) -> Reply.json(200, json));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerClientException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.getMessage()).contains("Duplicate field 'totalCount'");
                    });
        }
    }

    @Test
    void duplicateEnvelopeMembersAreRefusedToo() throws Exception {
        String json = "{\"requestId\":\"r-1\",\"code\":\"A\",\"code\":\"B\",\"message\":\"m\"}";
        try (StubServer server = StubServer.start((i, r) -> Reply.json(400, json));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerClientException.class).hasMessageContaining("Duplicate field 'code'");
        }
    }

    @Test
    void nullListElementsAreDropped() throws Exception {
        String json = "{\"requestId\":\"r-1\",\"images\":[null,{\"imageId\":\"img-1\"},null],\"totalCount\":1}";
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r-1", json));
                ZenlayerHttpClient client = client(server)) {
            ImagesResponse response = client.call("DescribeImages", true, null, ImagesResponse::read);
            assertThat(response.images).hasSize(1).allSatisfy(i -> assertThat(i.imageId).isEqualTo("img-1"));
        }
    }

    @Test
    void aStringBeyondJacksonsLimitIsReportedAsALimitNotAsBrokenJson() throws Exception {
        char[] filler = new char[21_000_000];
        Arrays.fill(filler, 'y');
        String json = "{\"requestId\":\"r-1\",\"response\":{\"requestId\":\"" + new String(filler) + "\"}}";
        try (StubServer server = StubServer.start((i, r) -> Reply.json(200, json));
                ZenlayerHttpClient client = client(server)) {
            assertThatThrownBy(() -> client.call("DescribeImages", true, null, ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerClientException.class, e -> {
                        assertThat(e.getMessage()).contains("breaks a JSON reading limit", "String value length")
                                .doesNotContain("not the expected JSON");
                        assertThat(e.getMessage().length()).isLessThan(2 * ServerText.MAX_MESSAGE_CHARS);
                    });
        }
    }
}
