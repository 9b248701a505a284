package io.github.docsdk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceResolverTest {

  @TempDir Path basedir;
  private ServiceResolver resolver;

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(basedir.resolve("docs/bmc"));
    Files.createDirectories(basedir.resolve("docs/vm"));
    resolver = new ServiceResolver(basedir, true, null);
  }

  private static ServiceConfig service(String docs, String name, String version, String pkg) {
    ServiceConfig s = new ServiceConfig();
    s.setDocs(docs == null ? null : new File(docs));
    s.setName(name);
    s.setApiVersion(version);
    s.setPackage(pkg);
    return s;
  }

  @Test
  void resolvesTheSingleServiceWithPathsAgainstTheProject() throws MojoExecutionException {
    List<ResolvedService> out =
        resolver.resolve(null, new File("docs/bmc"), "bmc", "2022-11-20", "com.example.bmc", null);

    assertThat(out).containsExactly(new ResolvedService(
        basedir.resolve("docs/bmc").toAbsolutePath(), "bmc", "2022-11-20", "com.example.bmc", null));
  }

  @Test
  void resolvesSeveralServices() throws MojoExecutionException {
    List<ResolvedService> out = resolver.resolve(
        List.of(service("docs/bmc", "bmc", "1", "a.bmc"), service("docs/vm", "vm", "2", "a.vm")),
        null, null, null, null, null);

    assertThat(out).extracting(ResolvedService::label).containsExactly("bmc 1", "vm 2");
  }

  @Test
  void namesEveryMistakeOfTheSingleServiceWithTheParameterToFix() {
    assertThatThrownBy(() ->
            resolver.resolve(null, new File("missing"), " ", "2022-11-20", "com.2x", null))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("docs folder " + basedir.resolve("missing").toAbsolutePath()
            + " does not exist (set <docs> or -Ddocsdk.docs)")
        .hasMessageContaining("no service name configured (e.g. bmc) (set <service> or -Ddocsdk.service)")
        .hasMessageContaining("package name 'com.2x' is not a valid Java package name");
  }

  @Test
  void aMissingDocsParameterIsNamed() {
    assertThatThrownBy(() -> resolver.resolve(null, null, "bmc", "1", "a.b", null))
        .hasMessageContaining("no docs folder configured (set <docs> or -Ddocsdk.docs)");
  }

  @Test
  void namesTheFaultyEntryOfAServicesList() {
    assertThatThrownBy(() -> resolver.resolve(
            List.of(service("docs/bmc", "bmc", "1", "a.bmc"), service("docs/nope", "vm", "", "a.vm")),
            null, null, null, null, null))
        .hasMessageContaining("<services> entry 2 (vm): docs folder")
        .hasMessageContaining("<services> entry 2 (vm): no API version configured");
  }

  @Test
  void rejectsTheSameServiceTwiceAndMixedStyles() {
    assertThatThrownBy(() -> resolver.resolve(
            List.of(service("docs/bmc", "bmc", "1", "a.b"), service("docs/vm", "bmc", "2", "a.c")),
            new File("docs/bmc"), null, null, null, null))
        .hasMessageContaining("configured twice")
        .hasMessageContaining("configure either <services> or the single service");
  }

  @Test
  void lintNeedsNoPackageNorVersion() throws MojoExecutionException {
    List<ResolvedService> out = new ServiceResolver(basedir, false, "unversioned")
        .resolve(null, new File("docs/bmc"), "bmc", null, null, null);
    assertThat(out).singleElement().satisfies(s -> assertThat(s.apiVersion()).isEqualTo("unversioned"));
  }
}
