package io.github.docsdk.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.diff.CorpusCopy;
import io.github.docsdk.lock.NameLock;
import io.github.docsdk.parse.TestCorpus;
import io.github.docsdk.spec.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerating after ordinary doc edits breaks no user code. The bmc docs of the shared corpus
 * (copied into a temp folder) are generated once, with the lock written next to them; a user
 * program calling every public name of that SDK is compiled against it. Each test edits a fresh
 * copy (the lock comes along, as it would in version control), generates again, compiles, and
 * runs the old user program against the new SDK: it must link. Removing a documented value or
 * member must still break it.
 */
class LockedRegenerationTest {

  private static final String PACKAGE = "com.example.bmc";

  @TempDir
  static Path work;

  private static Path corpus;
  private static Path before;
  private static Path userCode;
  private static String lockBefore;
  private static int counter;

  @BeforeAll
  static void generateBefore() throws Exception {
    corpus = TestCorpus.corpus().resolve("zenlayer-docs");
    Path docs = copy("before");
    Path out = work.resolve("before-out");
    assertThat(generate(docs.resolve("bmc"), out, null, false).outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    lockBefore = Files.readString(docs.resolve("bmc/" + NameLock.FILE_NAME));
    before = UserProgram.compileSdk(out, work.resolve("before-classes"));
    userCode = UserProgram.compileAgainst(before, PACKAGE, work.resolve("user"));
    UserProgram.Run same = UserProgram.run(userCode, before);
    assertThat(same.broken()).isNull();
    assertThat(same.calls()).as("the user program calls the SDK").isGreaterThan(500);
  }

  @Test
  void aValueAddedToAListGrowsTheEnumInsteadOfRenamingIt() throws Exception {
    Path docs = copyWithLock();
    edit(docs.resolve("bmc/describeimages.md"), "<li>esxi</li></ul>", "<li>esxi</li><li>rocky</li></ul>");
    Path out = regenerate(docs.resolve("bmc"), null);
    assertThat(out.resolve("com/example/bmc/model/Catalog.java")).content().contains("ROCKY(\"rocky\")");
    assertThat(out.resolve("com/example/bmc/model/ImageInfoCatalog.java")).doesNotExist();
    assertStillLinks(out);
    assertThat(Files.readString(docs.resolve("bmc/" + NameLock.FILE_NAME)))
        .as("the lock grew by the new constant only").contains("\"rocky\": \"ROCKY\"");
  }

  @Test
  void aProductSectionAddedKeepsTheNamesOfTheFirstProduct() throws Exception {
    Path docs = copyWithLock();
    // the whole tree instead of bmc alone, with bmc's lock
    Path out = regenerate(docs, docs.resolve("bmc/" + NameLock.FILE_NAME));
    assertThat(out.resolve("com/example/bmc/model/InstanceChargeType.java")).exists();
    assertThat(out.resolve("com/example/bmc/model/CidrBlockInfo.java")).content().contains("InstanceChargeType chargeType()");
    assertStillLinks(out);
  }

  @Test
  void pagesMovedOrRenamedChangeNoName() throws Exception {
    Path docs = copyWithLock();
    Path bmc = docs.resolve("bmc");
    Files.move(bmc.resolve("describeimages.md"), bmc.resolve("images-describe.md"));
    Files.createDirectories(bmc.resolve("instances"));
    Files.move(bmc.resolve("createinstances.md"), bmc.resolve("instances/create.md"));
    assertStillLinks(regenerate(bmc, null));
  }

  @Test
  void aSameNamedMemberWithAnotherListGetsItsOwnEnum() throws Exception {
    Path docs = copyWithLock();
    edit(docs.resolve("bmc/describezones.md"), "(\\| acceptLanguage \\|[^\\n]*\\n)",
        "$1| catalog | 否 | String | <p>区域分类。</p><p>可能值：</p><ul><li>edge</li><li>core</li></ul> |\n");
    Path out = regenerate(docs.resolve("bmc"), null);
    assertThat(out.resolve("com/example/bmc/model/Catalog.java")).content().doesNotContain("EDGE");
    assertThat(out.resolve("com/example/bmc/model/DescribeZonesRequest.java")).content()
        .containsPattern("public (\\w+) catalog\\(\\)").doesNotContain("public Catalog catalog()");
    assertStillLinks(out);
  }

  @Test
  void aRewordedDescriptionChangesNoName() throws Exception {
    Path docs = copyWithLock();
    edit(docs.resolve("datastructure.md"), "镜像所属分类。", "镜像的分类（操作系统家族）。");
    edit(docs.resolve("bmc/describeimages.md"), "镜像所属分类。", "按分类过滤镜像。");
    assertStillLinks(regenerate(docs.resolve("bmc"), null));
  }

  @Test
  void removingAValueIsStillBreaking() throws Exception {
    Path docs = copyWithLock();
    edit(docs.resolve("datastructure.md"), "<li>esxi</li>", "");
    edit(docs.resolve("bmc/describeimages.md"), "<li>esxi</li>", "");
    UserProgram.Run run = UserProgram.run(userCode, compile(regenerate(docs.resolve("bmc"), null)));
    assertThat(run.broken()).isInstanceOf(NoSuchFieldError.class).hasMessageContaining("ESXI");
  }

  @Test
  void removingAMemberIsStillBreaking() throws Exception {
    Path docs = copyWithLock();
    edit(docs.resolve("datastructure.md"), "\\| imageName \\| String \\|[^\\n]*\\n", "");
    UserProgram.Run run = UserProgram.run(userCode, compile(regenerate(docs.resolve("bmc"), null)));
    assertThat(run.broken()).isInstanceOf(NoSuchMethodError.class).hasMessageContaining("imageName");
  }

  @Test
  void aFrozenLockRefusesAChangeAtTheElementAndWritesNothing() throws Exception {
    Path docs = copyWithLock();
    edit(docs.resolve("bmc/describeimages.md"), "<li>esxi</li></ul>", "<li>esxi</li><li>rocky</li></ul>");
    Path out = work.resolve("frozen-out" + counter++);
    GenerateResult r = generate(docs.resolve("bmc"), out, null, true);
    assertThat(r.outcome()).isEqualTo(GenerateResult.Outcome.FAILED_ERRORS);
    // located at the element in the docs: the enum is first documented in the shared page
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("LOCK_FROZEN")).extracting(Diagnostic::format)
        .containsExactly("../datastructure.md:234:2: error: [LOCK_FROZEN] new name ROCKY for constants:Catalog rocky"
            + " is not in the lock (nothing generated; run without --frozen-lock (docsdk.frozenLock) to update"
            + " docsdk-lock.json)");
    assertThat(out).doesNotExist();
    assertThat(Files.readString(docs.resolve("bmc/" + NameLock.FILE_NAME))).isEqualTo(lockBefore);
  }

  @Test
  void anUpToDateLockPassesFrozenAndANoOpRunTouchesNothing() throws Exception {
    Path docs = copyWithLock();
    Path lock = docs.resolve("bmc/" + NameLock.FILE_NAME);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lock, old);
    Path out = work.resolve("noop-out" + counter++);
    assertThat(generate(docs.resolve("bmc"), out, null, true).outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    assertThat(generate(docs.resolve("bmc"), out, null, false).outcome()).isEqualTo(GenerateResult.Outcome.GENERATED);
    assertThat(Files.getLastModifiedTime(lock)).isEqualTo(old);
    assertThat(Files.readString(lock)).isEqualTo(lockBefore);
  }

  @Test
  void withoutALockTheNamesAreTheSameAsWithTheLockOfUnchangedDocs() throws Exception {
    Path withLock = copyWithLock();
    Path withoutLock = copy("nolock" + counter++);
    Path a = work.resolve("with-out" + counter++);
    Path b = work.resolve("without-out" + counter++);
    generate(withLock.resolve("bmc"), a, null, false);
    generate(withoutLock.resolve("bmc"), b, null, false);
    assertThat(tree(a)).isEqualTo(tree(b)).containsKey("com/example/bmc/model/Catalog.java");
    assertThat(Files.readString(withoutLock.resolve("bmc/" + NameLock.FILE_NAME))).isEqualTo(lockBefore);
  }

  private static void assertStillLinks(Path out) throws Exception {
    UserProgram.Run run = UserProgram.run(userCode, compile(out));
    assertThat(run.broken()).as("old user code against the new SDK").isNull();
    assertThat(run.calls()).isGreaterThan(500);
  }

  private static Path compile(Path out) throws IOException {
    return UserProgram.compileSdk(out, work.resolve("classes" + counter++));
  }

  private static Path regenerate(Path docs, Path lock) throws IOException {
    Path out = work.resolve("out" + counter++);
    GenerateResult r = generate(docs, out, lock, false);
    assertThat(r.outcome()).as(r.diagnostics().toString()).isEqualTo(GenerateResult.Outcome.GENERATED);
    return out;
  }

  static GenerateResult generate(Path docs, Path out, Path lock, boolean frozen) throws IOException {
    return Generator.generate(GenerateRequest.builder().docsRoot(docs).service("bmc").apiVersion("2022-11-20")
        .basePackage(PACKAGE).sourceOutput(out).lockFile(lock).frozenLock(frozen).build());
  }

  /** A fresh copy of the corpus tree with the lock of the first run, returning its luo-jin-shu. */
  private static Path copyWithLock() throws IOException {
    Path docs = copy("edit" + counter++);
    Files.writeString(docs.resolve("bmc/" + NameLock.FILE_NAME), lockBefore);
    return docs;
  }

  private static Path copy(String name) throws IOException {
    return CorpusCopy.copy(corpus, work.resolve(name));
  }

  /** Replaces every match of a pattern; fails when it does not occur, so an edit cannot silently stop applying. */
  private static void edit(Path file, String pattern, String replacement) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(pattern).matcher(text);
    assertThat(m.find()).as(file + ": the edit applies: " + pattern).isTrue();
    Files.writeString(file, m.replaceAll(replacement), StandardCharsets.UTF_8);
  }

  private static java.util.SortedMap<String, String> tree(Path root) throws IOException {
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return out;
  }
}
