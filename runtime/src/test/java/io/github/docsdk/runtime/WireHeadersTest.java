package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Recorded;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesRequest;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins every header of a request as it leaves the client: the official Zenlayer SDK sends
 * X-ZC-Signature-Version with every signed request and names itself with X-ZC-SDK-Lang and
 * X-ZC-SDK-Version; the service may rely on any of them, so none may change by accident.
 */
class WireHeadersTest {

    @Test
    void signedRequestCarriesExactlyTheseHeaders() throws Exception {
        Recorded sent = sendOne(Credentials.of(StubServer.KEY_ID, StubServer.KEY_PASSWORD));
        assertThat(sent.signatureProblem).isNull();
        Map<String, String> headers = new TreeMap<>(sent.headers);
        String version = runtimeVersion();

        assertThat(headers.keySet()).containsExactly(
                "accept", "accept-encoding", "authorization", "content-length", "content-type",
                "host", "user-agent", "x-zc-action", "x-zc-sdk-lang", "x-zc-sdk-version",
                "x-zc-service", "x-zc-signature-method", "x-zc-signature-version", "x-zc-timestamp",
                "x-zc-version");
        assertThat(headers)
                .containsEntry("accept", "application/json")
                .containsEntry("accept-encoding", "gzip")
                .containsEntry("content-type", "application/json; charset=utf-8")
                .containsEntry("content-length", Integer.toString(sent.body.length))
                .containsEntry("x-zc-action", "DescribeImages")
                .containsEntry("x-zc-sdk-lang", "java")
                .containsEntry("x-zc-sdk-version", version)
                .containsEntry("x-zc-service", "bmc")
                .containsEntry("x-zc-signature-method", "ZC2-HMAC-SHA256")
                .containsEntry("x-zc-signature-version", "V2")
                .containsEntry("x-zc-version", "2022-11-20");
        assertThat(headers.get("host")).startsWith("127.0.0.1:");
        assertThat(headers.get("user-agent"))
                .isEqualTo("docsdk-runtime/" + version + " Java/" + System.getProperty("java.version"));
        assertThat(headers.get("x-zc-timestamp")).matches("[0-9]{10}");
        assertThat(headers.get("authorization")).matches("ZC2-HMAC-SHA256 Credential=" + StubServer.KEY_ID
                + ", SignedHeaders=content-type;host, Signature=[0-9a-f]{64}");
    }

    @Test
    void bearerRequestNamesTheSdkButSendsNoSignatureHeaders() throws Exception {
        Recorded sent = sendOne(Credentials.bearerToken("tok-123"));
        assertThat(sent.headers)
                .containsEntry("authorization", "Bearer tok-123")
                .containsEntry("x-zc-sdk-lang", "java")
                .containsEntry("x-zc-sdk-version", runtimeVersion())
                .doesNotContainKeys("x-zc-signature-method", "x-zc-signature-version");
    }

    @Test
    void oneCallsOwnHeadersAndCredentialsDoNotCarryOverToTheNext() throws Exception {
        RequestOverrides bearerWithTrace = RequestOverrides.builder().putHeader("X-Trace", "t-1")
                .credentialsProvider(() -> Credentials.bearerToken("tok-9")).build();
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri())
                        .credentials(Credentials.of(StubServer.KEY_ID, StubServer.KEY_PASSWORD)).build())) {
            client.call("DescribeImages", true, null, ImagesResponse::read);
            client.call("DescribeImages", true, null, bearerWithTrace, ImagesResponse::read);
            client.call("DescribeZones", true, null, ImagesResponse::read);
            List<Recorded> sent = server.requests();
            assertThat(sent.get(1).headers).containsEntry("authorization", "Bearer tok-9")
                    .containsEntry("x-trace", "t-1")
                    .doesNotContainKeys("x-zc-signature-method", "x-zc-signature-version");
            for (Recorded signed : List.of(sent.get(0), sent.get(2))) {
                assertThat(signed.signatureProblem).isNull();
                assertThat(signed.headers).containsEntry("x-zc-signature-version", "V2").doesNotContainKey("x-trace");
            }
            assertThat(sent.get(2).action()).isEqualTo("DescribeZones");
        }
    }

    private static Recorded sendOne(Credentials credentials) throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(
                        TestClients.config(server.baseUri()).credentials(credentials).build())) {
            client.call("DescribeImages", true, new ImagesRequest("HKG-A", 1, null), ImagesResponse::read);
            return server.requests().get(0);
        }
    }

    /** The version Maven wrote into the runtime jar: what X-ZC-SDK-Version must say. */
    private static String runtimeVersion() throws Exception {
        try (InputStream in = AttemptRequests.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
