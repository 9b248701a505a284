package io.github.docsdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials file: profiles, tokens, and errors that name file and line but never a secret. */
class ProfileCredentialsProviderTest {

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("credentials");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsTheNamedProfile() throws IOException {
    Path f = file("[default]\naccess_key_id=AKID-d\naccess_key_password=pw-d\n; comment\n"
        + "[ops]\n  access_key_id = AKID-ops  \naccess_key_password = pw-ops\nregion = x\n[bearer]\ntoken = tok-1\n");
    assertThat(ProfileCredentialsProvider.of(f, "ops").resolveCredentials()).isEqualTo(Credentials.of("AKID-ops", "pw-ops"));
    assertThat(ProfileCredentialsProvider.of(f, "default").resolveCredentials())
        .isEqualTo(Credentials.of("AKID-d", "pw-d"));
    assertThat(ProfileCredentialsProvider.of(f, "bearer").resolveCredentials()).isEqualTo(Credentials.bearerToken("tok-1"));
  }

  @Test
  void theDefaultFileAndProfileComeFromHomeAndZenlayerProfile() throws IOException {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve(".zenlayer"));
    Files.writeString(home.resolve(".zenlayer/credentials"), "[default]\ntoken=t-default\n[work]\ntoken=t-work\n");
    assertThat(ProfileCredentialsProvider.fromEnvironment(name -> null, home).resolveCredentials())
        .isEqualTo(Credentials.bearerToken("t-default"));
    assertThat(ProfileCredentialsProvider.fromEnvironment(Map.of("ZENLAYER_PROFILE", "work")::get, home)
        .resolveCredentials()).isEqualTo(Credentials.bearerToken("t-work"));
  }

  @Test
  void errorsNameFileAndLineAndNeverTheSecret() throws IOException {
    Path broken = file("[default]\naccess_key_id = AKID\nhunter2-the-secret\n");
    assertThatThrownBy(() -> ProfileCredentialsProvider.of(broken, "default").resolveCredentials())
        .isInstanceOf(ZenlayerClientException.class)
        .hasMessageContaining(broken + ":3:")
        .hasMessageNotContaining("hunter2");
    Path half = file("[p]\naccess_key_id = AKID\n");
    assertThatThrownBy(() -> ProfileCredentialsProvider.of(half, "p").resolveCredentials())
        .hasMessageContaining(half + ":1:").hasMessageContaining("access_key_password (missing)")
        .hasMessageNotContaining("AKID");
    assertThatThrownBy(() -> ProfileCredentialsProvider.of(half, "other").resolveCredentials())
        .hasMessageContaining("No profile [other]").hasMessageContaining(half.toString());
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> ProfileCredentialsProvider.of(missing, "default").resolveCredentials())
        .isInstanceOf(ZenlayerClientException.class).hasMessageContaining(missing.toString());
    assertThat(ProfileCredentialsProvider.of(half, "p").toString()).doesNotContain("AKID");
  }

  @Test
  void theEnvironmentGivesABearerTokenWhenNoKeyPairIsSet() {
    assertThat(EnvironmentCredentialsProvider.fromLookup(Map.of("ZENLAYER_TOKEN", "tok")::get).resolveCredentials())
        .isEqualTo(Credentials.bearerToken("tok"));
    assertThat(EnvironmentCredentialsProvider.fromLookup(Map.of("ZENLAYER_TOKEN", "tok",
        "ZENLAYER_ACCESS_KEY_ID", "id", "ZENLAYER_ACCESS_KEY_PASSWORD", "pw")::get).resolveCredentials())
        .isEqualTo(Credentials.of("id", "pw"));
    assertThat(CredentialsProviderChain.defaultChain().providers().get(2)).isInstanceOf(ProfileCredentialsProvider.class);
  }

  @Test
  void requestOverridesRefuseHeadersTheRuntimeWrites() {
    RequestOverrides.Builder b = RequestOverrides.builder();
    assertThatThrownBy(() -> b.putHeader("Authorization", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.putHeader("X-ZC-Action", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.putHeader("X-Ok", "a\r\nX-Evil: 1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.putHeader("X-Ok", "1").putHeader("x-ok", "2").build().headers()).containsExactly(Map.entry("x-ok", "2"));
  }
}
