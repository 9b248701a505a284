package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final String PASSWORD = "Gu5t9xGARNpq86cd98joQYCN3-top-secret";

    @Test
    void explicitCredentialsKeepTheirValuesButNeverPrintTheSecret() {
        Credentials c = Credentials.of("0D9UtpyKYcHxms5v", PASSWORD);
        assertThat(c.accessKeyId()).isEqualTo("0D9UtpyKYcHxms5v");
        assertThat(c.accessKeyPassword()).isEqualTo(PASSWORD);
        assertThat(c.isBearerToken()).isFalse();
        assertThat(c.resolveCredentials()).isSameAs(c);
        assertThat(c.toString()).doesNotContain(PASSWORD).doesNotContain("0D9UtpyKYcHxms5v")
                .contains("0D9U****");
        assertThat(c).isEqualTo(Credentials.of("0D9UtpyKYcHxms5v", PASSWORD))
                .isNotEqualTo(Credentials.of("0D9UtpyKYcHxms5v", "other"));
    }

    @Test
    void bearerTokenNeverPrintsTheToken() {
        Credentials c = Credentials.bearerToken("tok-very-secret");
        assertThat(c.isBearerToken()).isTrue();
        assertThat(c.token()).isEqualTo("tok-very-secret");
        assertThat(c.accessKeyId()).isNull();
        assertThat(c.toString()).doesNotContain("tok-very-secret");
    }

    @Test
    void blankValuesAreRejectedWithoutEchoingThem() {
        assertThatThrownBy(() -> Credentials.of("id", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessKeyPassword");
        assertThatThrownBy(() -> Credentials.of(null, PASSWORD)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(PASSWORD);
        assertThatThrownBy(() -> Credentials.bearerToken("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void environmentProviderReadsTheDocumentedVariables() {
        Map<String, String> env = new HashMap<>();
        env.put("ZENLAYER_ACCESS_KEY_ID", "env-id");
        env.put("ZENLAYER_ACCESS_KEY_PASSWORD", PASSWORD);
        Credentials c = EnvironmentCredentialsProvider.fromLookup(env::get).resolveCredentials();
        assertThat(c.accessKeyId()).isEqualTo("env-id");
        assertThat(c.accessKeyPassword()).isEqualTo(PASSWORD);
    }

    @Test
    void environmentProviderNamesWhatIsMissingButNotTheValues() {
        Map<String, String> env = new HashMap<>();
        env.put("ZENLAYER_ACCESS_KEY_PASSWORD", PASSWORD);
        assertThatThrownBy(() -> EnvironmentCredentialsProvider.fromLookup(env::get).resolveCredentials())
                .isInstanceOf(ZenlayerClientException.class)
                .hasMessageContaining("ZENLAYER_ACCESS_KEY_ID (unset)")
                .hasMessageContaining("ZENLAYER_ACCESS_KEY_PASSWORD (set)")
                .message().doesNotContain(PASSWORD);
    }

    @Test
    void chainReturnsTheFirstProviderThatHasCredentials() {
        Map<String, String> empty = new HashMap<>();
        Credentials fallback = Credentials.of("fallback-id", PASSWORD);
        CredentialsProviderChain chain = CredentialsProviderChain.of(
                EnvironmentCredentialsProvider.fromLookup(empty::get), fallback);
        assertThat(chain.resolveCredentials()).isSameAs(fallback);

        Credentials first = Credentials.of("first", "pw");
        assertThat(CredentialsProviderChain.of(first, fallback).resolveCredentials()).isSameAs(first);
    }

    @Test
    void exhaustedChainExplainsEachProviderWithoutSecrets() {
        Map<String, String> env = new HashMap<>();
        env.put("ZENLAYER_ACCESS_KEY_PASSWORD", PASSWORD);
        String saved = System.getProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_ID);
        System.clearProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_ID);
        try {
            CredentialsProviderChain chain = CredentialsProviderChain.of(
                    EnvironmentCredentialsProvider.fromLookup(env::get), SystemPropertyCredentialsProvider.create());
            assertThatThrownBy(chain::resolveCredentials).isInstanceOf(ZenlayerClientException.class)
                    .hasMessageContaining("EnvironmentCredentialsProvider")
                    .hasMessageContaining("SystemPropertyCredentialsProvider")
                    .message().doesNotContain(PASSWORD);
        } finally {
            if (saved != null) {
                System.setProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_ID, saved);
            }
        }
    }

    @Test
    void systemPropertyProviderReadsItsProperties() {
        System.setProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_ID, "sp-id");
        System.setProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_PASSWORD, "sp-pw");
        try {
            Credentials c = SystemPropertyCredentialsProvider.create().resolveCredentials();
            assertThat(c.accessKeyId()).isEqualTo("sp-id");
            assertThat(c.accessKeyPassword()).isEqualTo("sp-pw");
        } finally {
            System.clearProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_ID);
            System.clearProperty(SystemPropertyCredentialsProvider.ACCESS_KEY_PASSWORD);
        }
    }

    @Test
    void defaultChainTriesEnvironmentThenSystemPropertiesThenTheProfileFile() {
        assertThat(CredentialsProviderChain.defaultChain().providers())
                .hasSize(3)
                .satisfies(p -> assertThat(p.get(0)).isInstanceOf(EnvironmentCredentialsProvider.class))
                .satisfies(p -> assertThat(p.get(1)).isInstanceOf(SystemPropertyCredentialsProvider.class))
                .satisfies(p -> assertThat(p.get(2)).isInstanceOf(ProfileCredentialsProvider.class));
    }
}
