package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.runtime.testing.RawServer;
import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesRequest;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Secrets (access key password, bearer token, secret request members) appear in no log line, no
 * toString and no exception message, across successful and failing calls.
 */
class SecretsTest {
    private static final String TOKEN = "bearer-token-7f3a9c-never-logged";
    private static final String REQUEST_SECRET = "instance-root-password-Q9z";

    @Test
    void noSecretInLogsToStringsOrExceptions() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (StubServer server = StubServer.start((i, r) -> {
            switch (i % 4) {
                case 0: return Reply.ok("ok", "{}");
                case 1: return Reply.error(400, "INVALID_PARAMETER_VALUE", "bad", "bad value");
                case 2: return Reply.raw(502, "text/html", "<html>proxy</html>".getBytes(StandardCharsets.UTF_8));
                default: return Reply.ok("slow", "{}").delay(1500);
            }
        })) {
            ClientConfig signed = TestClients.config(server.baseUri()).maxAttempts(1)
                    .callTimeout(Duration.ofMillis(600)).build();
            ClientConfig bearer = signed.toBuilder().credentials(Credentials.bearerToken(TOKEN)).build();
            texts.add(signed.toString());
            texts.add(bearer.toString());
            texts.add(signed.credentialsProvider().toString());
            texts.add(bearer.credentialsProvider().toString());
            for (ClientConfig config : new ClientConfig[] {signed, bearer}) {
                try (ZenlayerHttpClient client = new ZenlayerHttpClient(config)) {
                    texts.add(client.toString());
                    for (int i = 0; i < 4; i++) {
                        ImagesRequest request = new ImagesRequest("HKG-A", i, REQUEST_SECRET);
                        try {
                            client.call("DescribeSecretProbe", true, request, ImagesResponse::read);
                        } catch (ZenlayerException e) {
                            failures.add(e);
                        }
                        try {
                            client.callAsync("CreateSecretProbe", request, ImagesResponse::read).get(10, TimeUnit.SECONDS);
                        } catch (ExecutionException e) {
                            failures.add(e.getCause());
                        }
                    }
                }
            }
        }
        // Transport failures too.
        try (RawServer reset = new RawServer((i, r, socket, out) -> {
            RawServer.reset(socket);
            return false;
        }); ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(reset.baseUri()).build())) {
            try {
                client.call("CreateSecretProbe", Map.of("password", REQUEST_SECRET), ImagesResponse::read);
            } catch (ZenlayerException e) {
                failures.add(e);
            }
        }
        // A provider that fails with a secret in its own message.
        try (ZenlayerHttpClient client = new ZenlayerHttpClient(ClientConfig.builder().service("bmc")
                .apiVersion("2022-11-20").endpoint(java.net.URI.create("http://127.0.0.1:9"))
                .credentialsProvider(() -> {
                    throw new IllegalStateException("vault said " + StubServer.KEY_PASSWORD);
                }).build())) {
            try {
                client.call("DescribeSecretProbe", true, null, ImagesResponse::read);
            } catch (ZenlayerException e) {
                failures.add(e);
            }
        }

        assertThat(failures).hasSizeGreaterThanOrEqualTo(10)
                .anySatisfy(t -> assertThat(t).isInstanceOf(ZenlayerServiceException.class))
                .anySatisfy(t -> assertThat(t).isInstanceOf(ZenlayerTimeoutException.class));
        for (Throwable failure : failures) {
            texts.add(failure.toString());
            for (Throwable c = failure; c != null; c = c.getCause()) {
                texts.add(String.valueOf(c.getMessage()));
            }
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            if (!(failure.getCause() instanceof IllegalStateException)) {
                texts.add(trace.toString());
            }
        }
        String logFile = System.getProperty("docsdk.test.logFile");
        if (logFile != null) {
            String log = Files.readString(Path.of(logFile));
            // The log is real: it has this test's attempts in it.
            assertThat(log).contains("DescribeSecretProbe attempt 1/1", "CreateSecretProbe");
            texts.add(log);
        }
        for (String text : texts) {
            assertThat(text).doesNotContain(StubServer.KEY_PASSWORD).doesNotContain(TOKEN)
                    .doesNotContain(REQUEST_SECRET).doesNotContain("Signature=");
        }
    }
}
