package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bodies that are not the expected JSON, and bodies that are too big, each a clear ZenlayerClientException. */
class BodyFaultsTest {

    private static ZenlayerClientException failure(Reply reply, String action) throws Exception {
        return failure(reply, action, 32L * 1024 * 1024);
    }

    private static ZenlayerClientException failure(Reply reply, String action, long maxBytes) throws Exception {
        try (StubServer server = StubServer.start((i, r) -> reply);
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .maxAttempts(1).maxResponseBytes(maxBytes).build())) {
            Throwable thrown = null;
            try {
                client.call(action, null, ImagesResponse::read);
            } catch (RuntimeException e) {
                thrown = e;
            }
            assertThat(thrown).isInstanceOf(ZenlayerClientException.class);
            return (ZenlayerClientException) thrown;
        }
    }

    @Test
    void htmlWithStatus200IsNotMistakenForJson() throws Exception {
        ZenlayerClientException e = failure(Reply.raw(200, "text/html",
                "<!DOCTYPE html><html><body>Please log in</body></html>".getBytes(StandardCharsets.UTF_8)),
                "DescribeImages");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.getMessage()).contains("HTTP 200", "not the expected JSON envelope", "text/html",
                "<!DOCTYPE html><html><body>Please log in");
    }

    @Test
    void plainTextOkIsExplainedNotReportedAsNotAnObject() throws Exception {
        ZenlayerClientException e = failure(Reply.raw(200, "text/plain", "OK".getBytes(StandardCharsets.UTF_8)),
                "DescribeImages");
        assertThat(e.getMessage()).contains("HTTP 200", "\"OK\"");
    }

    @Test
    void truncatedJsonIsAClientErrorQuotingTheBody() throws Exception {
        ZenlayerClientException e = failure(Reply.json(200, "{\"requestId\":\"r-9\",\"response\":{\"images\":[{\"imageId\":"),
                "DescribeImages");
        assertThat(e.getMessage()).contains("HTTP 200", "{\"requestId\":\"r-9\",\"response\"", "end-of-input");
    }

    @Test
    void emptyBodyIsAClientError() throws Exception {
        ZenlayerClientException e = failure(Reply.json(200, ""), "DescribeImages");
        assertThat(e.getMessage()).contains("HTTP 200", "empty body");
    }

    @Test
    void okWithoutAResponseMemberIsAClientErrorNotANullPointer() throws Exception {
        ZenlayerClientException e = failure(Reply.json(200, "{\"requestId\":\"r-7\"}"), "DescribeImages");
        assertThat(e.getMessage()).contains("no \"response\" member", "r-7");
    }

    @Test
    void aJsonArrayIsNotAnEnvelope() throws Exception {
        ZenlayerClientException e = failure(Reply.json(200, "[1,2,3]"), "DescribeImages");
        assertThat(e.getMessage()).contains("expected a JSON object");
    }

    @Test
    void trailingGarbageAfterTheEnvelopeIsRejected() throws Exception {
        ZenlayerClientException e = failure(Reply.json(200, "{\"requestId\":\"r\",\"response\":{}} <html>"),
                "DescribeImages");
        assertThat(e.getMessage()).contains("not the expected JSON envelope");
    }

    @Test
    void responseOfTheWrongShapeIsAClientError() throws Exception {
        ZenlayerClientException e = failure(Reply.ok("r", "{\"images\":\"not-a-list\"}"), "DescribeImages");
        assertThat(e.getMessage()).contains("HTTP 200", "not-a-list");
    }

    @Test
    void errorStatusWithoutAnErrorCodeQuotesTheBody() throws Exception {
        ZenlayerClientException e = failure(Reply.json(500, "{\"error\":\"db down\"}"), "CreateInstances");
        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.getMessage()).contains("HTTP 500", "without an error code", "db down");
    }

    @Test
    void bodyDeclaredLargerThanTheCapIsRefusedBeforeReading() throws Exception {
        byte[] huge = new byte[2 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        ZenlayerClientException e = failure(Reply.raw(200, "application/json", huge), "DescribeImages", 64 * 1024);
        assertThat(e.getMessage()).contains("larger than the limit of 65536 bytes", "Content-Length 2097152");
    }

    @Test
    void chunkedBodyGrowingPastTheCapIsCutOff() throws Exception {
        byte[] huge = new byte[4 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        ZenlayerClientException e = failure(Reply.raw(200, "application/json", huge).chunked(), "DescribeImages",
                64 * 1024);
        assertThat(e.getMessage()).contains("larger than the limit of 65536 bytes");
    }

    @Test
    void largeBodyWithinTheCapIsRead() throws Exception {
        StringBuilder images = new StringBuilder("{\"requestId\":\"big\",\"totalCount\":2000,\"images\":[");
        for (int i = 0; i < 2000; i++) {
            images.append(i == 0 ? "" : ",").append("{\"imageId\":\"img-").append(i).append("\",\"catalog\":\"centos\"}");
        }
        images.append("]}");
        for (boolean chunked : new boolean[] {false, true}) {
            Reply reply = Reply.ok("big", images.toString());
            try (StubServer server = StubServer.start((i, r) -> chunked ? reply.chunked() : reply);
                    ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
                ImagesResponse response = client.call("DescribeImages", true, null, ImagesResponse::read);
                assertThat(response.images).hasSize(2000);
                assertThat(response.images.get(1999).imageId).isEqualTo("img-1999");
            }
        }
    }

    @Test
    void gzipBodiesAreDecodedAndGzipIsRequested() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("gz", TestModels.ONE_IMAGE).gzip());
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            ImagesResponse response = client.call("DescribeImages", true, null, ImagesResponse::read);
            assertThat(response.images.get(0).imageId).isEqualTo("img-1");
            assertThat(server.requests().get(0).headers).containsEntry("accept-encoding", "gzip");
        }
    }

    @Test
    void gzipBombIsStoppedAtTheCap() throws Exception {
        // whitespace after "{": the parser skips it as it arrives, so the cap, not a parse error, must stop it
        byte[] spaces = new byte[8 * 1024 * 1024]; // compresses to a few KB
        java.util.Arrays.fill(spaces, (byte) ' ');
        spaces[0] = '{';
        Reply bomb = Reply.raw(200, "application/json", spaces).gzip();
        ZenlayerClientException e = failure(bomb, "DescribeImages", 1024 * 1024);
        assertThat(e.getMessage()).contains("larger than the limit", "after gzip decoding");
    }
}
