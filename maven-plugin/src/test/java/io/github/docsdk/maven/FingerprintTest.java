package io.github.docsdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  @TempDir Path dir;
  private Path docs;

  @BeforeEach
  void docs() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    Files.createDirectories(docs.resolve("actions"));
    Files.writeString(docs.resolve("actions/A.md"), "# A\n");
    Files.writeString(docs.resolve("datastructure.md"), "## S\n");
  }

  private String of(Path tree) throws IOException {
    return Fingerprint.start("t").text("config").tree(tree).hex();
  }

  @Test
  void isStableForUnchangedInputs() throws IOException {
    String first = of(docs);
    Files.setLastModifiedTime(docs.resolve("actions/A.md"), java.nio.file.attribute.FileTime.fromMillis(0));
    assertThat(of(docs)).isEqualTo(first).hasSize(64);
  }

  @Test
  void theNameLockCanBeLeftOutOfTheTreeAndCountedOnItsOwn() throws IOException {
    Path lock = docs.resolve("docsdk-lock.json");
    String without = Fingerprint.start("t").tree(docs, lock).hex();
    Files.writeString(lock, "{\"docsdkLock\": 1}\n");
    assertThat(Fingerprint.start("t").tree(docs, lock).hex()).as("the lock is not part of the tree").isEqualTo(without);
    assertThat(Fingerprint.start("t").tree(docs).hex()).isNotEqualTo(without);
    String withLock = Fingerprint.start("t").tree(docs, lock).file(lock).hex();
    Files.writeString(lock, "{\"docsdkLock\": 1, \"names\": {}}\n");
    assertThat(Fingerprint.start("t").tree(docs, lock).file(lock).hex()).isNotEqualTo(withLock);
  }

  @Test
  void changesWithContent() throws IOException {
    String before = of(docs);
    Files.writeString(docs.resolve("actions/A.md"), "# A!\n");
    assertThat(of(docs)).isNotEqualTo(before);
  }

  @Test
  void changesWhenAPageIsAddedRemovedOrRenamed() throws IOException {
    String before = of(docs);
    Files.writeString(docs.resolve("actions/B.md"), "# B\n");
    String added = of(docs);
    Files.move(docs.resolve("actions/B.md"), docs.resolve("actions/C.md"));
    String renamed = of(docs);
    Files.delete(docs.resolve("actions/C.md"));

    assertThat(added).isNotEqualTo(before);
    assertThat(renamed).isNotEqualTo(added).isNotEqualTo(before);
    assertThat(of(docs)).isEqualTo(before);
  }

  @Test
  void bytesMovedBetweenFilesChangeIt() throws IOException {
    Path one = Files.createDirectories(dir.resolve("one"));
    Files.writeString(one.resolve("a"), "xy");
    Files.writeString(one.resolve("b"), "");
    Path two = Files.createDirectories(dir.resolve("two"));
    Files.writeString(two.resolve("a"), "x");
    Files.writeString(two.resolve("b"), "y");
    assertThat(of(one)).isNotEqualTo(of(two));
  }

  @Test
  void configurationValuesAreDelimited() {
    assertThat(Fingerprint.start("t").text("ab").text("c").hex())
        .isNotEqualTo(Fingerprint.start("t").text("a").text("bc").hex());
    assertThat(Fingerprint.start("t").text(null).hex())
        .isNotEqualTo(Fingerprint.start("t").text("").hex());
  }

  @Test
  void aMissingFileDiffersFromAnEmptyOne() throws IOException {
    Path empty = Files.writeString(dir.resolve("o.json"), "");
    assertThat(Fingerprint.start("t").file(empty).hex())
        .isNotEqualTo(Fingerprint.start("t").file(dir.resolve("none.json")).hex());
  }

  @Test
  void ignoresHiddenFilesAndFoldersAsTheParserDoes() throws IOException {
    String before = of(docs);
    Files.createDirectories(docs.resolve(".git/objects"));
    Files.writeString(docs.resolve(".git/objects/ab"), "blob");
    Files.writeString(docs.resolve("actions/.A.md.swp"), "swap");

    assertThat(of(docs)).isEqualTo(before);
  }
}
