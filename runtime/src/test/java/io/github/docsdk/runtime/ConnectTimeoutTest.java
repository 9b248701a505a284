package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.docsdk.runtime.testing.TestClients;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connect timeouts on loopback: a listening socket that never accepts, with its backlog filled, leaves
 * new connections hanging in the handshake (Linux drops the SYNs).
 */
class ConnectTimeoutTest {
    private ServerSocket blackHole;
    private final List<Socket> fillers = new ArrayList<>();

    @BeforeEach
    void fillTheBacklog() throws IOException {
        blackHole = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        boolean hanging = false;
        for (int i = 0; i < 16 && !hanging; i++) {
            Socket s = new Socket();
            try {
                s.connect(blackHole.getLocalSocketAddress(), 200);
                fillers.add(s);
            } catch (SocketTimeoutException e) {
                hanging = true;
                s.close();
            }
        }
        assumeTrue(hanging, "this OS completes connections beyond the backlog; connect timeouts cannot be provoked");
    }

    @AfterEach
    void close() throws IOException {
        for (Socket s : fillers) {
            s.close();
        }
        blackHole.close();
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + blackHole.getLocalPort());
    }

    @Test
    void eachClientHonoursItsOwnConnectTimeout() {
        try (ZenlayerHttpClient quick = new ZenlayerHttpClient(TestClients.config(uri()).maxAttempts(1)
                .connectTimeout(Duration.ofMillis(200)).callTimeout(Duration.ofSeconds(20)).build());
                ZenlayerHttpClient slow = new ZenlayerHttpClient(TestClients.config(uri()).maxAttempts(1)
                        .connectTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofMillis(700)).build())) {
            assertThatThrownBy(() -> quick.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class).hasMessageContaining("timed out connecting");
            // The second client's 30 s connect timeout is not the first one's 200 ms: its call timeout ends it.
            assertThatThrownBy(() -> slow.call("DescribeZones", true, null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class).hasMessageContaining("call timeout of 700 ms");
        }
    }

    @Test
    void connectTimeoutIsRetriedEvenForCreateBecauseNothingWasSent() {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeSend(RequestContext request) {
                attempts.add(request.attempt());
            }
        };
        try (ZenlayerHttpClient client = new ZenlayerHttpClient(TestClients.config(uri()).maxAttempts(3)
                .connectTimeout(Duration.ofMillis(150)).callTimeout(Duration.ofSeconds(20))
                .addInterceptor(counter).build())) {
            assertThatThrownBy(() -> client.call("CreateInstances", null, ImagesResponse::read))
                    .isInstanceOf(ZenlayerTimeoutException.class);
        }
        assertThat(attempts).containsExactly(1, 2, 3);
    }
}
