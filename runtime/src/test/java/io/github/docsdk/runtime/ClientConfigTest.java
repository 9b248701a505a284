package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientConfigTest {
    private static ClientConfig.Builder minimal() {
        return ClientConfig.builder().service("bmc").apiVersion("2022-11-20").credentials(Credentials.of("id", "pw"));
    }

    @Test
    void defaultsAreSensible() {
        ClientConfig c = minimal().build();
        assertThat(c.endpoint()).isEqualTo(URI.create("https://console.zenlayer.com"));
        assertThat(c.maxAttempts()).isEqualTo(3);
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.maxConcurrency()).isEqualTo(50);
        assertThat(c.maxResponseBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(c.acceptGzip()).isTrue();
        assertThat(c.interceptors()).isEmpty();
        assertThat(ClientConfig.builder().service("bmc").apiVersion("v").build().credentialsProvider())
                .isInstanceOf(CredentialsProviderChain.class);
    }

    @Test
    void toBuilderCopiesEverything() {
        ExecutionInterceptor interceptor = new ExecutionInterceptor() { };
        ClientConfig c = minimal().endpoint(URI.create("http://127.0.0.1:1")).callTimeout(Duration.ofSeconds(5))
                .connectTimeout(Duration.ofSeconds(2)).maxAttempts(1).maxConcurrency(4).maxResponseBytes(1000)
                .acceptGzip(false).addInterceptor(interceptor).userAgent("my-app/1.0").build();
        ClientConfig copy = c.toBuilder().build();
        assertThat(copy).usingRecursiveComparison().isEqualTo(c);
        assertThat(copy.interceptors()).containsExactly(interceptor);
        assertThatThrownBy(() -> copy.interceptors().add(interceptor)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void plainHttpToARemoteHostIsRefusedAtBuildTime() {
        assertThatThrownBy(() -> minimal().endpoint(URI.create("http://console.zenlayer.com")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> minimal().maxAttempts(0).build()).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> minimal().callTimeout(Duration.ZERO).build()).hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> minimal().connectTimeout(Duration.ofSeconds(-1)).build()).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> minimal().maxConcurrency(0).build()).hasMessageContaining("maxConcurrency");
        assertThatThrownBy(() -> minimal().maxResponseBytes(0).build()).hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> ClientConfig.builder().apiVersion("v").build()).hasMessageContaining("service");
        assertThatThrownBy(() -> ClientConfig.builder().service("bmc").build()).hasMessageContaining("apiVersion");
    }

    @Test
    void userAgentSuffixIsAppended() throws Exception {
        try (io.github.docsdk.runtime.testing.StubServer server = io.github.docsdk.runtime.testing.StubServer.start(
                (i, r) -> io.github.docsdk.runtime.testing.StubServer.Reply.ok("r", "{}"));
                ZenlayerHttpClient client = new ZenlayerHttpClient(io.github.docsdk.runtime.testing.TestClients
                        .config(server.baseUri()).userAgent("my-app/1.0").build())) {
            client.call("DescribeZones", true, null, io.github.docsdk.runtime.internal.PlainJson::read);
            assertThat(server.requests().get(0).headers.get("user-agent"))
                    .matches("docsdk-runtime/\\S+ Java/\\S+ my-app/1\\.0");
        }
    }
}
