package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.Generator;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.parse.DocsParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff reads docs with their name lock: a value added to a list, which renames an enum when
 * the docs are read alone, is then a compatible change, and the report names what the lock kept.
 */
class LockedDiffTest {

  @TempDir static Path tmp;

  static Path corpus;
  static Path original;
  static final ModelLoader LOADER = new ModelLoader(DocsParser::parse);

  @BeforeAll
  static void generateWithLock() throws IOException {
    corpus = CorpusCopy.corpusRoot();
    assumeTrue(corpus != null, "shared corpus not found: corpus tests skipped");
    original = CorpusCopy.copy(corpus, tmp.resolve("original")).resolve("bmc");
    Generator.generate(GenerateRequest.builder().docsRoot(original).service("bmc").apiVersion("2022-11-20")
        .basePackage("com.example.bmc").sourceOutput(tmp.resolve("out")).build());
    assertThat(original.resolve(NameLock.FILE_NAME)).isRegularFile();
  }

  private static Path editedCopy(String name, boolean withLock, String pattern, String replacement) throws IOException {
    Path copy = CorpusCopy.copy(corpus, tmp.resolve(name)).resolve("bmc");
    if (withLock) {
      Files.copy(original.resolve(NameLock.FILE_NAME), copy.resolve(NameLock.FILE_NAME));
    }
    CorpusCopy.edit(copy.resolve("describeimages.md"), pattern, replacement);
    return copy;
  }

  private static DiffReport diff(Path newDocs, Path lock) throws ModelLoadException {
    ModelLoader.Loaded old = LOADER.load(original, "bmc", "2022-11-20", null);
    ModelLoader.Loaded now = LOADER.load(newDocs, "bmc", "2022-11-20", null, lock);
    return ModelDiff.compare(old.service(), now.service()).withKeptByLock(now.keptByLock());
  }

  @Test
  void aRenameTheLockAbsorbedIsNotBreakingAndTheReportSaysWhatItKept() throws Exception {
    Path edited = editedCopy("rocky", true, "<li>esxi</li></ul>", "<li>esxi</li><li>rocky</li></ul>");
    DiffReport report = diff(edited, null);

    assertThat(report.hasBreaking()).as(MarkdownReport.render(report, null)).isFalse();
    assertThat(report.changes()).extracting(Change::kind).contains(ChangeKind.ENUM_VALUE_ADDED);
    assertThat(report.keptByLock())
        .containsExactly("ImageInfo.catalog: enum Catalog (without the lock: enum ImageInfoCatalog)");
    assertThat(MarkdownReport.render(report, "1.0.0")).contains("### Names kept by the lock (1)")
        .contains("- ImageInfo.catalog: enum Catalog (without the lock: enum ImageInfoCatalog)")
        .contains("Suggested next version: **1.1.0**");
    assertThat(JsonReport.render(report, null)).contains("\"keptByLock\"").contains("ImageInfoCatalog");
  }

  @Test
  void withoutTheLockTheSameEditIsBreaking() throws Exception {
    Path edited = editedCopy("rocky-nolock", false, "<li>esxi</li></ul>", "<li>esxi</li><li>rocky</li></ul>");
    DiffReport report = diff(edited, tmp.resolve("no-such-lock.json"));
    assertThat(report.hasBreaking()).isTrue();
    assertThat(report.keptByLock()).isEmpty();
  }

  @Test
  void removingAValueIsStillBreakingWithTheLock() throws Exception {
    Path edited = editedCopy("no-esxi", true, "<li>esxi</li>", "");
    CorpusCopy.edit(edited.resolveSibling("datastructure.md"), "<li>esxi</li>", "");
    DiffReport report = diff(edited, null);
    assertThat(report.changes()).filteredOn(c -> c.impact() == Impact.BREAKING).extracting(Change::kind)
        .contains(ChangeKind.ENUM_VALUE_REMOVED);
  }
}
