package io.github.docsdk.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void httpsIsAlwaysAccepted() {
        assertThatCode(() -> Endpoints.validate(URI.create("https://console.zenlayer.com"))).doesNotThrowAnyException();
        assertThatCode(() -> Endpoints.validate(URI.create("https://example.com:8443/base"))).doesNotThrowAnyException();
    }

    @Test
    void plainHttpOnlyForLoopback() {
        for (String ok : new String[] {"http://127.0.0.1:8080", "http://localhost", "http://LOCALHOST:1",
            "http://127.1.2.3", "http://[::1]:8080"}) {
            assertThatCode(() -> Endpoints.validate(URI.create(ok))).as(ok).doesNotThrowAnyException();
        }
        for (String refused : new String[] {"http://console.zenlayer.com", "http://10.0.0.1", "http://128.0.0.1",
            "http://localhost.evil.com", "http://127.0.0.1.nip.io", "http://[::2]"}) {
            assertThatThrownBy(() -> Endpoints.validate(URI.create(refused))).as(refused)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        }
    }

    @Test
    void otherSchemesAndDecorationsAreRefused() {
        assertThatThrownBy(() -> Endpoints.validate(URI.create("ftp://127.0.0.1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoints.validate(URI.create("console.zenlayer.com"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoints.validate(URI.create("https://u:p@console.zenlayer.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("u:p");
        assertThatThrownBy(() -> Endpoints.validate(URI.create("https://console.zenlayer.com?x=1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serviceUriAppendsTheServicePath() {
        assertThat(Endpoints.serviceUri(URI.create("https://console.zenlayer.com"), "bmc"))
                .hasToString("https://console.zenlayer.com/api/v2/bmc");
        assertThat(Endpoints.serviceUri(URI.create("http://127.0.0.1:9/prefix/"), "vm"))
                .hasToString("http://127.0.0.1:9/prefix/api/v2/vm");
    }

    @Test
    void hostHeaderOmitsDefaultPortsLikeJavaNetHttp() {
        assertThat(Endpoints.hostHeader(URI.create("https://console.zenlayer.com/api/v2/bmc"))).isEqualTo("console.zenlayer.com");
        assertThat(Endpoints.hostHeader(URI.create("https://console.zenlayer.com:443/x"))).isEqualTo("console.zenlayer.com");
        assertThat(Endpoints.hostHeader(URI.create("https://console.zenlayer.com:8443/x"))).isEqualTo("console.zenlayer.com:8443");
        assertThat(Endpoints.hostHeader(URI.create("http://127.0.0.1:80/x"))).isEqualTo("127.0.0.1");
        assertThat(Endpoints.hostHeader(URI.create("http://127.0.0.1:8080/x"))).isEqualTo("127.0.0.1:8080");
    }
}
