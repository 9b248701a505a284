package io.github.docsdk.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proxy a client uses: the builder's, else HTTPS_PROXY unless NO_PROXY or a loopback endpoint. */
class ProxiesTest {

  private static final URI API = URI.create("https://console.zenlayer.com");

  @Test
  void theBuilderProxyWinsOverTheEnvironment() {
    assertThat(Proxies.select(API, URI.create("http://127.0.0.1:3128"), Map.of("HTTPS_PROXY", "http://other:1")::get))
        .hasValueSatisfying(a -> assertThat(a.getPort()).isEqualTo(3128));
  }

  @Test
  void httpsProxyFromTheEnvironmentUnlessNoProxyNamesTheHost() {
    assertThat(Proxies.select(API, null, Map.of("HTTPS_PROXY", "http://127.0.0.1:8080")::get))
        .hasValueSatisfying(a -> assertThat(a.getPort()).isEqualTo(8080));
    assertThat(Proxies.select(API, null, Map.of("https_proxy", "127.0.0.1:8081")::get))
        .hasValueSatisfying(a -> assertThat(a.getPort()).isEqualTo(8081));
    assertThat(Proxies.select(API, null, Map.of("HTTPS_PROXY", "http://127.0.0.1:8080", "NO_PROXY", "x.org, .zenlayer.com")::get)).isEmpty();
    assertThat(Proxies.select(API, null, Map.of("HTTPS_PROXY", "http://127.0.0.1:8080", "no_proxy", "*")::get)).isEmpty();
    assertThat(Proxies.select(URI.create("http://127.0.0.1:9"), null, Map.of("HTTP_PROXY", "http://127.0.0.1:8080")::get)).isEmpty();
    assertThat(Proxies.select(API, null, name -> null)).isEmpty();
  }

  @Test
  void noProxyMatchesWholeNamesAndSuffixesOnly() {
    assertThat(Proxies.bypassed("console.zenlayer.com", "zenlayer.com")).isTrue();
    assertThat(Proxies.bypassed("console.zenlayer.com", "console.zenlayer.com:443")).isTrue();
    assertThat(Proxies.bypassed("console.zenlayer.com", "layer.com")).isFalse();
  }

  @Test
  void aMalformedProxyIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> Proxies.select(API, URI.create("http://user:secret@127.0.0.1:1"), n -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    assertThatThrownBy(() -> Proxies.select(API, URI.create("socks5://127.0.0.1:1"), n -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
