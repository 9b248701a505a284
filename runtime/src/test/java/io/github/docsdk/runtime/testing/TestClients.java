package io.github.docsdk.runtime.testing;

import io.github.docsdk.runtime.ClientConfig;
import io.github.docsdk.runtime.Credentials;
import java.net.URI;
import java.time.Duration;

/** Client configurations pointing at a test server, with quick backoff so retry tests stay fast. */
public final class TestClients {
    private TestClients() {
    }

    public static ClientConfig.Builder config(URI base) {
        return ClientConfig.builder()
                .service("bmc")
                .apiVersion("2022-11-20")
                .endpoint(base)
                .credentials(Credentials.of(StubServer.KEY_ID, StubServer.KEY_PASSWORD))
                .callTimeout(Duration.ofSeconds(10))
                .retryBackoff(Duration.ofMillis(5), Duration.ofMillis(50));
    }
}
