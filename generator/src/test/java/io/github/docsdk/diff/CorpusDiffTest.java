package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff on real pages: a copy of the shared bmc docs with one change of each kind planted by
 * editing the Markdown text, parsed by the real parser, must report exactly those changes.
 */
class CorpusDiffTest {

  static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");

  @TempDir static Path tmp;

  static Path corpus;
  static Service original;

  @BeforeAll
  static void findCorpus() throws IOException {
    corpus = CorpusCopy.corpusRoot();
    assumeTrue(corpus != null,
        "shared corpus not found at <repo root>/../shared/corpus/zenlayer-docs: corpus tests skipped");
    original = DocsParser.parse(CorpusCopy.copy(corpus, tmp.resolve("original")), OPTIONS).service();
  }

  @Test
  void identicalCopiesGiveAnEmptyReport() throws IOException {
    Path copy = CorpusCopy.copy(corpus, tmp.resolve("same"));
    DiffReport report = ModelDiff.compare(original, DocsParser.parse(copy, OPTIONS).service(), true);
    assertThat(report.changes()).isEmpty();
    assertThat(MarkdownReport.render(report, "1.0.0")).contains("No API changes.");
  }

  @Test
  void docsAgainstTheirOwnModelJsonGiveAnEmptyReport() {
    Service reread = ModelJson.read(ModelJson.write(original));
    assertThat(ModelDiff.compare(reread, original, true).changes()).isEmpty();
  }

  @Test
  void everyPlantedChangeIsFoundAndClassified() throws IOException {
    Path root = CorpusCopy.copy(corpus, tmp.resolve("planted"));
    // ChargeUnit is listed by Price.chargeUnit alone, so no shared enum splits (see below)
    assertThat(enumSites(original, "ChargeUnit")).containsExactly("Price.chargeUnit");

    plantOneChangeOfEachKind(root);

    Service planted = DocsParser.parse(root, OPTIONS).service();
    DiffReport report = ModelDiff.compare(original, planted);

    assertThat(report.changes())
        .extracting(Change::impact, Change::kind, Change::target)
        .containsExactlyInAnyOrder(
            tuple(Impact.BREAKING, ChangeKind.OPERATION_REMOVED, "StartInstances"),
            tuple(Impact.BREAKING, ChangeKind.OPERATION_WIRE_NAME_CHANGED, "DescribeZones"),
            tuple(Impact.BREAKING, ChangeKind.MEMBER_REMOVED, "DescribeInstances.request.imageId"),
            tuple(Impact.BREAKING, ChangeKind.MEMBER_TYPE_CHANGED, "DescribeInstances.request.pageSize"),
            // a String pageSize no longer pages: the paginator goes
            tuple(Impact.BREAKING, ChangeKind.PAGINATOR_REMOVED, "DescribeInstances"),
            tuple(Impact.BREAKING, ChangeKind.MEMBER_BECAME_REQUIRED, "DescribeInstances.request.zoneId"),
            tuple(Impact.BREAKING, ChangeKind.ENUM_VALUE_REMOVED, "ChargeUnit.DAY"),
            tuple(Impact.RISKY, ChangeKind.ERROR_STATUS_CHANGED,
                "DescribeImages.errors.INVALID_INSTANCE_TYPE_NOT_FOUND"),
            tuple(Impact.COMPATIBLE, ChangeKind.MEMBER_ADDED, "DescribeInstances.response.nextToken"),
            tuple(Impact.COMPATIBLE, ChangeKind.ERROR_ADDED, "DescribeInstances.errors.INVALID_PAGE_SIZE"));

    assertThat(report.changes()).filteredOn(c -> c.kind() == ChangeKind.MEMBER_TYPE_CHANGED)
        .extracting(Change::before, Change::after).containsExactly(tuple("Integer", "String"));
    assertThat(report.changes()).filteredOn(c -> c.kind() == ChangeKind.ERROR_STATUS_CHANGED)
        .extracting(Change::before, Change::after).containsExactly(tuple("HTTP 404", "HTTP 400"));

    // where to look: the new docs for what is still there, the old for what is gone
    assertThat(report.changes()).filteredOn(c -> c.kind() == ChangeKind.MEMBER_BECAME_REQUIRED)
        .singleElement().satisfies(c -> {
          assertThat(c.location().file()).isEqualTo("bmc/describeinstances.md");
          assertThat(c.location().line())
              .isEqualTo(lineOf(root.resolve("bmc/describeinstances.md"), "| zoneId"));
        });
    assertThat(report.changes()).filteredOn(c -> c.kind() == ChangeKind.OPERATION_REMOVED)
        .singleElement().satisfies(c -> {
          assertThat(c.location()).isNull();
          assertThat(c.oldLocation().file()).isEqualTo("bmc/startinstances.md");
        });

    assertThat(report.bump()).isEqualTo(VersionBump.MAJOR);
    assertThat(MarkdownReport.render(report, "1.3.0"))
        .contains("**7 breaking**, 1 risky, 2 compatible changes.")
        .contains("**2.0.0**")
        .contains("— bmc/describeinstances.md:");
    assertThat(report.changes()).filteredOn(c -> c.kind() == ChangeKind.OPERATION_WIRE_NAME_CHANGED)
        .extracting(Change::before, Change::after).containsExactly(tuple("DescribeZones", "ZoneDetails"));
  }

  @Test
  void aValueRemovedFromASharedEnumShowsTheSplit() throws IOException {
    // DescribeImages.request.catalog and ImageInfo.catalog list the same values: one enum
    String shared = enumOf(original, "DescribeImages", "catalog");
    assertThat(shared).isEqualTo("Catalog");
    assertThat(enumSites(original, shared))
        .containsExactlyInAnyOrder("DescribeImages.request.catalog", "ImageInfo.catalog");
    Path root = CorpusCopy.copy(corpus, tmp.resolve("split"));
    CorpusCopy.edit(root.resolve("bmc/describeimages.md"), "<li>esxi</li>", "");

    Service planted = DocsParser.parse(root, OPTIONS).service();
    String requestEnum = enumOf(planted, "DescribeImages", "catalog");
    // the member whose docs did not change keeps its enum: its users see no change at all;
    // only the edited member moves to an enum of its own
    assertThat(enumOfStructure(planted, "ImageInfo", "catalog")).isEqualTo(shared);
    assertThat(requestEnum).isEqualTo("DescribeImagesCatalog");
    assertThat(enumSites(planted, shared)).containsExactly("ImageInfo.catalog");
    assertThat(planted.enums()).filteredOn(e -> e.name().equals(shared)).singleElement()
        .satisfies(e -> assertThat(e.values()).extracting(EnumValue::value).contains("esxi"));

    DiffReport report = ModelDiff.compare(original, planted);
    assertThat(report.changes())
        .extracting(Change::impact, Change::kind, Change::target, Change::before, Change::after)
        .containsExactlyInAnyOrder(
            tuple(Impact.BREAKING, ChangeKind.ENUM_RENAMED, shared, shared, requestEnum),
            tuple(Impact.BREAKING, ChangeKind.ENUM_VALUE_REMOVED, requestEnum + ".esxi", "esxi", ""));
    assertThat(report.changes()).noneMatch(c -> c.kind() == ChangeKind.MEMBER_TYPE_CHANGED);
  }

  /** Text edits of the copied pages, one change of each kind, numbered as in the issue. */
  /** Also used by the cli module's test of the diff command on the same planted changes. */
  static void plantOneChangeOfEachKind(Path root) throws IOException {
    // 1. an action page removed
    Files.delete(root.resolve("bmc/startinstances.md"));
    // 2. a request member row removed; 3. a type changed; 4. 必选 flipped 否 -> 是;
    // 6. a response member added; 7. an error code added
    CorpusCopy.edit(root.resolve("bmc/describeinstances.md"),
        "(?m)^\\| imageId +\\| 否 +\\| String +\\| 镜像ID。 +\\|\\n", "",
        "(?m)^(\\| pageSize +\\| 否 +\\| )Integer( +\\|)", "$1String $2",
        "(?m)^(\\| zoneId +\\| )否( +\\| String)", "$1是$2",
        "(?m)^(\\| totalCount \\| Integer .*\\n)", "$1| nextToken  | String | 下一页的标记。 |\n",
        "(?m)^(\\| 404 +\\| IMAGE\\\\_NOT\\\\_FOUND .*\\n)",
        "$1| 400     | INVALID\\\\_PAGE\\\\_SIZE | 分页大小不合法。 |\n");
    // 5. an enum value removed from a description list
    CorpusCopy.edit(root.resolve("datastructure.md"), "<br>DAY: 表示计价单元是按天来计算。", "");
    // 8. an error status changed
    CorpusCopy.edit(root.resolve("bmc/describeimages.md"),
        "\\*\\*404\\*\\*( +\\| INVALID\\\\_INSTANCE\\\\_TYPE)", "**400**$1");
    // 9. a wire name renamed by the overrides file
    CorpusCopy.writeWireNameOverride(root, "DescribeZones", "ZoneDetails");
  }

  /** The enum shape a member refers to, so the test does not depend on how the parser names it. */
  private static String enumOf(Service s, String action, String member) {
    Operation op = s.operation(action).orElseThrow();
    TypeRef type = op.request().stream().filter(m -> m.name().equals(member))
        .map(Member::type).findFirst().orElseThrow();
    assertThat(type.kind()).as(action + "." + member + " is an enum").isEqualTo(TypeRef.Kind.ENUM);
    return type.shape();
  }

  private static String enumOfStructure(Service s, String structure, String member) {
    return s.structures().stream().filter(st -> st.name().equals(structure)).findFirst()
        .orElseThrow().members().stream().filter(m -> m.name().equals(member))
        .map(m -> m.type().shape()).findFirst().orElseThrow();
  }

  /** Member paths that use {@code enumName}; with null, every enum-typed member path. */
  private static List<String> enumSites(Service s, String enumName) {
    List<String> sites = new ArrayList<>();
    for (Operation op : s.operations()) {
      op.request().forEach(m -> site(op.name() + ".request." + m.name(), m.type(), enumName, sites));
      op.response().forEach(m -> site(op.name() + ".response." + m.name(), m.type(), enumName, sites));
    }
    s.structures().forEach(st -> st.members()
        .forEach(m -> site(st.name() + "." + m.name(), m.type(), enumName, sites)));
    return sites;
  }

  private static void site(String path, TypeRef type, String enumName, List<String> sites) {
    TypeRef t = type;
    while (t.isList()) {
      t = t.element();
    }
    if (t.kind() == TypeRef.Kind.ENUM && (enumName == null || enumName.equals(t.shape()))) {
      sites.add(path);
    }
  }

  private static int lineOf(Path file, String prefix) throws IOException {
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(prefix + " not in " + file);
  }
}
