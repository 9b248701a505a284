package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.StubServer.Reply;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Debug logging names action, attempt, status, requestId and duration; closing leaves no call hanging. */
class ObservabilityTest {

    @Test
    void debugLogDescribesEveryAttempt() throws Exception {
        String logFile = System.getProperty("docsdk.test.logFile");
        assumeTrue(logFile != null, "run through Maven: the log file is configured by surefire");
        try (StubServer server = StubServer.start((i, r) -> i == 0
                ? Reply.error(503, "SERVICE_TEMPORARY_UNAVAILABLE", "log-req-0", "busy")
                : Reply.ok("log-req-1", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build())) {
            client.call("DescribeLogProbe", true, null, ImagesResponse::read);
        }
        List<String> lines = Files.readAllLines(Path.of(logFile)).stream()
                .filter(l -> l.contains("DescribeLogProbe")).collect(Collectors.toList());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("DEBUG", "bmc DescribeLogProbe attempt 1/3", "HTTP 503", "requestId log-req-0")
                .containsPattern("\\d+ ms").contains("retrying in");
        assertThat(lines.get(1)).contains("bmc DescribeLogProbe attempt 2/3", "HTTP 200", "requestId log-req-1", "ok");
    }

    @Test
    void closingTheClientLetsCallsInFlightFinish() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> Reply.ok("late", "{\"requestId\":\"late\"}").delay(300))) {
            ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(server.baseUri()).build());
            CompletableFuture<ImagesResponse> inFlight = client.callAsync("DescribeZones", true, null, ImagesResponse::read);
            client.close();
            assertThat(inFlight.get(10, TimeUnit.SECONDS).requestId).isEqualTo("late");
        }
    }
}
