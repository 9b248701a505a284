package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path dir;

  private static SortedMap<String, byte[]> files(String... pathAndText) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    for (int i = 0; i < pathAndText.length; i += 2) {
      out.put(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void writesNewFilesAndTheManifest() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.Change change =
        OutputWriter.write(out, "demo", files("a/A.java", "class A {}", "a/b/B.java", "class B {}"));

    assertThat(change).isEqualTo(new OutputWriter.Change(2, 0, 0));
    assertThat(out.resolve("a/A.java")).hasContent("class A {}");
    assertThat(out.resolve("a/b/B.java")).hasContent("class B {}");
    assertThat(OutputWriter.readManifest(out.resolve(".docsdk/demo.files")))
        .containsExactly("a/A.java", "a/b/B.java");
  }

  @Test
  void leavesUnchangedFilesAloneAndRewritesChangedOnes() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "demo", files("A.java", "one", "B.java", "two"));
    Files.setLastModifiedTime(out.resolve("A.java"), OLD);
    Files.setLastModifiedTime(out.resolve("B.java"), OLD);

    OutputWriter.Change change = OutputWriter.write(out, "demo", files("A.java", "one", "B.java", "2"));

    assertThat(change).isEqualTo(new OutputWriter.Change(1, 0, 1));
    assertThat(Files.getLastModifiedTime(out.resolve("A.java"))).isEqualTo(OLD);
    assertThat(out.resolve("B.java")).hasContent("2");
  }

  @Test
  void anIdenticalRunTouchesNothing() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "demo", files("p/A.java", "one"));
    Path manifest = out.resolve(".docsdk/demo.files");
    Files.setLastModifiedTime(out.resolve("p/A.java"), OLD);
    Files.setLastModifiedTime(manifest, OLD);

    OutputWriter.Change change = OutputWriter.write(out, "demo", files("p/A.java", "one"));

    assertThat(change).isEqualTo(new OutputWriter.Change(0, 0, 1));
    assertThat(Files.getLastModifiedTime(out.resolve("p/A.java"))).isEqualTo(OLD);
    assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(OLD);
  }

  @Test
  void removesFilesNoLongerGeneratedAndTheirEmptyFolders() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "demo", files("p/A.java", "a", "p/gone/G.java", "g"));

    OutputWriter.Change change = OutputWriter.write(out, "demo", files("p/A.java", "a"));

    assertThat(change).isEqualTo(new OutputWriter.Change(0, 1, 1));
    assertThat(out.resolve("p/gone")).doesNotExist();
    assertThat(out.resolve("p/A.java")).exists();
    assertThat(OutputWriter.readManifest(out.resolve(".docsdk/demo.files"))).containsExactly("p/A.java");
  }

  @Test
  void ownersSharingARootOnlyRemoveTheirOwnFiles() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "bmc", files("bmc/A.java", "a"));
    OutputWriter.write(out, "vm", files("vm/V.java", "v"));
    Files.writeString(out.resolve("Handwritten.java"), "kept");

    OutputWriter.write(out, "bmc", files("bmc/B.java", "b"));

    assertThat(out.resolve("bmc/A.java")).doesNotExist();
    assertThat(out.resolve("bmc/B.java")).exists();
    assertThat(out.resolve("vm/V.java")).hasContent("v");
    assertThat(out.resolve("Handwritten.java")).hasContent("kept");
  }

  @Test
  void leavesNoStagingFolderBehind() throws IOException {
    Path out = dir.resolve("out");
    OutputWriter.write(out, "demo", files("A.java", "a"));
    OutputWriter.write(out, "demo", files("B.java", "b"));

    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void ignoresManifestLinesThatPointOutOfTheRoot() throws IOException {
    Path out = dir.resolve("out");
    Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me");
    Files.createDirectories(out.resolve(".docsdk"));
    Files.writeString(out.resolve(".docsdk/demo.files"), "../precious.txt\n" + outside + "\n");

    OutputWriter.write(out, "demo", files("A.java", "a"));

    assertThat(outside).hasContent("keep me");
  }

  @Test
  void clearsAStagingFolderThatAKilledRunLeftBehind() throws IOException {
    Path out = dir.resolve("out");
    Path leftover = Files.createDirectories(dir.resolve(".out-demo-staging-123/p"));
    Files.writeString(leftover.resolve("Half.java"), "class Ha");

    OutputWriter.write(out, "demo", files("A.java", "a"));

    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }
}
