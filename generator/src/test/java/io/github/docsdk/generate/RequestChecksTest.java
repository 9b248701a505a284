package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestChecksTest {

  @TempDir Path dir;

  private GenerateRequest.Builder valid() {
    return GenerateRequest.builder()
        .docsRoot(dir)
        .service("bmc")
        .apiVersion("2022-11-20")
        .basePackage("com.example.zenlayer.bmc")
        .sourceOutput(dir.resolve("out"));
  }

  @Test
  void aSoundRequestHasNoProblems() {
    assertThat(valid().build().problems()).isEmpty();
  }

  @Test
  void namesAMissingDocsFolderByItsAbsolutePath() {
    Path missing = dir.resolve("nope");
    assertThat(valid().docsRoot(missing).build().problems())
        .containsExactly("docs folder " + missing.toAbsolutePath() + " does not exist");
  }

  @Test
  void aFileIsNotADocsFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("page.md"), "# X");
    assertThat(valid().docsRoot(file).build().problems()).singleElement().asString().contains("is a file");
  }

  @Test
  void rejectsBadPackageNames() {
    assertThat(valid().basePackage("com.example.2bad").build().problems())
        .singleElement().asString().contains("'2bad' is not a Java identifier");
    assertThat(valid().basePackage("com.class.x").build().problems())
        .singleElement().asString().contains("'class'");
    assertThat(valid().basePackage("com..x").build().problems()).hasSize(1);
    assertThat(valid().basePackage(" ").build().problems())
        .containsExactly("no Java package configured (e.g. com.example.zenlayer.bmc)");
    assertThat(valid().basePackage("java.zen").build().problems())
        .singleElement().asString().contains("reserved");
  }

  @Test
  void rejectsBlankAndMalformedServiceNames() {
    assertThat(valid().service("").build().problems())
        .containsExactly("no service name configured (e.g. bmc)");
    assertThat(valid().service("Bare Metal").build().problems())
        .singleElement().asString().contains("'Bare Metal' is not valid");
  }

  @Test
  void rejectsBlankApiVersionAndMissingOverrides() {
    assertThat(valid().apiVersion(" ").overrides(dir.resolve("o.json")).build().problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("no API version"))
        .anySatisfy(p -> assertThat(p).contains("o.json does not exist"));
  }

  @Test
  void modelResourceIsNamedAfterServiceAndVersion() {
    assertThat(valid().build().modelResourcePath()).isEqualTo("META-INF/docsdk/bmc-2022-11-20.json");
  }
}
