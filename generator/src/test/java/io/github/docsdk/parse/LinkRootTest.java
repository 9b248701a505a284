package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.generate.GenerateRequest;
import io.github.docsdk.generate.GenerateResult;
import io.github.docsdk.generate.Generator;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and symlinks that leave the link root are not followed, and say so where they are. */
class LinkRootTest {
  private static final String SECRET = "## SecretInfo\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n"
      + "| token | String | TOPSECRET-TEXT |\n";

  /** A copy of specs/bmc whose DescribeImages links a type to {@code <tmp>/secret.md}. */
  private static Path docs(Path tmp) throws IOException {
    Path source = Path.of("..", "specs", "bmc").toAbsolutePath().normalize();
    Path docs = tmp.resolve("docs");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = docs.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path page = docs.resolve("actions/DescribeImages.md");
    Files.writeString(page, Files.readString(page)
        .replace("[ImageInfo](../datastructure.md#imageinfo)", "[SecretInfo](../../secret.md#secretinfo)"));
    Files.writeString(tmp.resolve("secret.md"), SECRET);
    return docs;
  }

  @Test
  void aTypeLinkOutOfTheDocsFolderIsNotFollowedAndIsReportedAtTheLink(@TempDir Path tmp) throws IOException {
    ParseResult r = DocsParser.parse(docs(tmp), ParseOptions.of("bmc", "2022-11-20"));
    assertThat(ModelJson.write(r.service())).doesNotContain("TOPSECRET");
    List<Diagnostic> outside = r.diagnostics().stream().filter(d -> d.code().equals("LINK_OUTSIDE_ROOT")).toList();
    assertThat(outside).isNotEmpty().allSatisfy(d -> {
      assertThat(d.location().file()).isEqualTo("actions/DescribeImages.md");
      assertThat(d.location().line()).isEqualTo(31);
      assertThat(d.message()).contains("../secret.md");
    });
  }

  @Test
  void nothingFromOutsideReachesTheGeneratedSourcesOrTheModelJson(@TempDir Path tmp) throws IOException {
    Path docs = docs(tmp);
    Path outside = tmp.resolve("outside");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("DescribeSecrets.md"), secretPage(docs));
    Files.createSymbolicLink(docs.resolve("actions/DescribeSecrets.md"), outside.resolve("DescribeSecrets.md"));
    GenerateResult result = Generator.generate(GenerateRequest.builder().docsRoot(docs).service("bmc")
        .apiVersion("2022-11-20").basePackage("com.example.bmc").sourceOutput(tmp.resolve("out/src"))
        .resourceOutput(tmp.resolve("out/res")).lockFile(tmp.resolve("out/lock.json")).build());
    assertThat(result.failed()).as("%s", result.diagnostics()).isFalse();
    StringBuilder written = new StringBuilder();
    try (Stream<Path> walk = Files.walk(tmp.resolve("out"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        written.append(Files.readString(p));
      }
    }
    assertThat(written).contains("DescribeImagesResponse").doesNotContain("TOPSECRET").doesNotContain("SecretInfo")
        .doesNotContain("DescribeSecrets");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("LINK_OUTSIDE_ROOT", "SYMLINK_OUTSIDE_ROOT");
  }

  @Test
  void aSymlinkedPageInsideTheRootIsRead(@TempDir Path tmp) throws IOException {
    Path docs = docs(tmp);
    Files.writeString(tmp.resolve("DescribeSecrets.md"), secretPage(docs));
    Files.createSymbolicLink(docs.resolve("actions/DescribeSecrets.md"), tmp.resolve("DescribeSecrets.md"));
    ParseResult r = DocsParser.parse(docs, ParseOptions.of("bmc", "2022-11-20").withLinkRoot(tmp));
    assertThat(r.service().operations()).extracting(o -> o.name()).contains("DescribeSecrets");
    assertThat(r.diagnostics()).noneMatch(d -> d.code().endsWith("OUTSIDE_ROOT"));
  }

  private static String secretPage(Path docs) throws IOException {
    return Files.readString(docs.resolve("actions/DescribeImages.md"))
        .replace("# DescribeImages", "# DescribeSecrets").replace("调用本接口用于查看镜像列表。", "TOPSECRET-PAGE");
  }

  @Test
  void aGivenLinkRootLetsTheSameLinkBeFollowed(@TempDir Path tmp) throws IOException {
    ParseResult r = DocsParser.parse(docs(tmp), new ParseOptions("bmc", "2022-11-20", null, null, tmp));
    assertThat(ModelJson.write(r.service())).contains("TOPSECRET");
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("LINK_OUTSIDE_ROOT"));
  }

  @Test
  void aGivenLinkRootThatDoesNotHoldTheDocsIsRefused(@TempDir Path tmp) throws IOException {
    Path docs = docs(tmp);
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DocsParser.parse(docs, ParseOptions.of("bmc", "2022-11-20").withLinkRoot(elsewhere)))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("does not hold the docs folder");
  }

  @Test
  void theGitWorkTreeHoldingTheDocsIsTheDefaultRoot(@TempDir Path tmp) throws IOException {
    Path docs = docs(tmp);
    Files.createDirectory(tmp.resolve(".git"));
    ParseResult r = DocsParser.parse(docs, ParseOptions.of("bmc", "2022-11-20"));
    assertThat(ModelJson.write(r.service())).contains("TOPSECRET");
  }

  @Test
  void aSymlinkedPageLeavingTheRootIsNotRead(@TempDir Path tmp) throws IOException {
    Path docs = docs(tmp);
    Path outside = tmp.resolve("outside");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("DescribeSecrets.md"), secretPage(docs));
    Files.createSymbolicLink(docs.resolve("actions/DescribeSecrets.md"), outside.resolve("DescribeSecrets.md"));
    ParseResult r = DocsParser.parse(docs, ParseOptions.of("bmc", "2022-11-20"));
    assertThat(ModelJson.write(r.service())).doesNotContain("TOPSECRET-PAGE");
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("SYMLINK_OUTSIDE_ROOT");
      assertThat(d.location().file()).isEqualTo("actions/DescribeSecrets.md");
    });
  }
}
