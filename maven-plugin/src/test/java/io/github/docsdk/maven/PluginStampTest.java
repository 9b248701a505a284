package io.github.docsdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginStampTest {

  @TempDir Path dir;

  private static MojoExecution execution(String version, Path generatorFile) {
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setGroupId("io.github.docsdk");
    plugin.setArtifactId("docsdk-maven-plugin");
    plugin.setVersion(version);
    Artifact generator = new DefaultArtifact("io.github.docsdk", "docsdk-generator", version,
        "compile", "jar", null, new DefaultArtifactHandler("jar"));
    generator.setFile(generatorFile.toFile());
    Artifact other = new DefaultArtifact("org.example", "lib", "1", "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    plugin.setArtifacts(List.of(generator, other));
    MojoDescriptor mojo = new MojoDescriptor();
    mojo.setPluginDescriptor(plugin);
    return new MojoExecution(mojo);
  }

  @Test
  void aReleaseIsItsVersion() throws IOException {
    Path jar = Files.writeString(dir.resolve("g.jar"), "x");
    assertThat(PluginStamp.of(execution("1.2.0", jar)))
        .isEqualTo("io.github.docsdk:docsdk-maven-plugin:1.2.0");
  }

  @Test
  void aSnapshotChangesWhenDocsdksOwnJarIsRebuilt() throws IOException {
    Path jar = Files.writeString(dir.resolve("g.jar"), "x");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    String before = PluginStamp.of(execution("1.3.0-SNAPSHOT", jar));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));

    assertThat(PluginStamp.of(execution("1.3.0-SNAPSHOT", jar))).isNotEqualTo(before);
    assertThat(before).doesNotContain("org.example");
  }

  @Test
  void aSnapshotResolvedToAClassesFolderChangesWithItsNewestClass() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/p"));
    Path a = Files.writeString(classes.resolve("A.class"), "a");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    String before = PluginStamp.of(execution("1.3.0-SNAPSHOT", dir.resolve("classes")));
    Files.setLastModifiedTime(a, FileTime.fromMillis(3_000_000));

    assertThat(PluginStamp.of(execution("1.3.0-SNAPSHOT", dir.resolve("classes")))).isNotEqualTo(before);
  }
}
