package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.RawServer;
import io.github.docsdk.runtime.testing.StubServer;
import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Faults below HTTP: connections closed or reset after the request was read, bodies cut short, nothing
 * listening. The central rule: a state-changing request that may have reached the server is sent once.
 */
class ConnectionFaultsTest {
    private static final byte[] OK = "{\"requestId\":\"r\",\"response\":{\"requestId\":\"r\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private static ZenlayerHttpClient client(URI base) {
        return new ZenlayerHttpClient(TestClients.config(base).build());
    }

    @Test
    void createDroppedAfterTheServerReadItsBodyIsNeverResent() throws Exception {
        try (RawServer server = new RawServer((i, request, socket, out) -> {
            socket.close(); // read the whole request, then hang up without answering
            return false;
        }); ZenlayerHttpClient client = client(server.baseUri())) {
            assertThatThrownBy(() -> client.call("CreateInstances", Map.of("zoneId", "HKG-A"), ImagesResponse::read))
                    .isInstanceOfSatisfying(ZenlayerClientException.class, e -> {
                        assertThat(e).isNotInstanceOf(ZenlayerTimeoutException.class);
                        assertThat(e.getMessage()).contains("CreateInstances", "not retried");
                    });
            Thread.sleep(200); // a resend, if any, would arrive now
            List<RawServer.Request> requests = server.requests();
            assertThat(requests).hasSize(1);
            assertThat(new String(requests.get(0).body, StandardCharsets.UTF_8)).isEqualTo("{\"zoneId\":\"HKG-A\"}");
        }
    }

    @Test
    void modifyResetAfterTheServerReadItsBodyIsNeverResent() throws Exception {
        try (RawServer server = new RawServer((i, request, socket, out) -> {
            RawServer.reset(socket);
            return false;
        }); ZenlayerHttpClient client = client(server.baseUri())) {
            assertThatThrownBy(() -> client.call("ModifyInstancesAttribute", Map.of("instanceIds", List.of("i-1")),
                    ImagesResponse::read)).isInstanceOf(ZenlayerClientException.class);
            Thread.sleep(200);
            assertThat(server.requests()).hasSize(1)
                    .allSatisfy(r -> assertThat(r.body).isNotEmpty());
        }
    }

    @Test
    void describeResetByTheServerIsRetriedWithTheSameBody() throws Exception {
        try (RawServer server = new RawServer((i, request, socket, out) -> {
            if (i == 0) {
                RawServer.reset(socket);
                return false;
            }
            RawServer.respond(out, 200, "application/json", OK);
            return true;
        }); ZenlayerHttpClient client = client(server.baseUri())) {
            ImagesResponse response = client.call("DescribeInstances", true, Map.of("pageNum", 1), ImagesResponse::read);
            assertThat(response.requestId).isEqualTo("r");
            assertThat(server.requests()).hasSize(2)
                    .allSatisfy(r -> assertThat(new String(r.body, StandardCharsets.UTF_8)).isEqualTo("{\"pageNum\":1}"));
        }
    }

    @Test
    void bodyCutShortOnTheWireIsAnIoErrorAndNotResentForCreate() throws Exception {
        try (RawServer server = new RawServer((i, request, socket, out) -> {
            String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write("{\"requestId\":\"r\",\"resp".getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.close();
            return false;
        }); ZenlayerHttpClient client = client(server.baseUri())) {
            assertThatThrownBy(() -> client.call("CreateInstances", null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerClientException.class);
            Thread.sleep(200);
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void connectionRefusedIsRetriedEvenForCreateBecauseNothingWasSent() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // closed again: nothing listens there now
        }
        List<String> attempts = new CopyOnWriteArrayList<>();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void afterResponse(ResponseContext response) {
                attempts.add(response.attempt() + ":" + response.httpStatus() + ":" + response.willRetry());
            }
        };
        try (ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(URI.create("http://127.0.0.1:" + port))
                .addInterceptor(counter).build())) {
            assertThatThrownBy(() -> client.call("CreateInstances", null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerClientException.class)
                    .hasMessageContaining("could not connect").hasMessageContaining("not sent");
        }
        assertThat(attempts).containsExactly("1:0:true", "2:0:true", "3:0:false");
    }

    @Test
    void keepAliveConnectionsAreReused() throws Exception {
        try (StubServer server = StubServer.start((i, r) -> StubServer.Reply.ok("r", "{}"));
                ZenlayerHttpClient client = client(server.baseUri())) {
            for (int i = 0; i < 20; i++) {
                client.call("DescribeZones", true, null, ImagesResponse::read);
            }
            assertThat(server.requests()).hasSize(20);
            assertThat(server.remotePorts()).hasSize(1);
        }
    }
}
