package io.github.docsdk.lint;

import static io.github.docsdk.lint.LintTrees.DATA_STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.spec.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the rules across pages, on trees written for them: the clean tree gives
 * no warning at all, and each broken tree gives its rule's finding near the broken line.
 */
class LintRulesTest {

  private static final ParseOptions OPTIONS = ParseOptions.of("bmc", "2022-11-20");
  private static final String ZONES = "bmc/describezones.md";
  private static final String CREATE = "bmc/createinstance.md";
  private static final String DELETE = "bmc/deleteinstance.md";
  private static final String TYPES = "datastructure.md";

  private static List<Diagnostic> lint(Map<String, String> tree) {
    return DocsParser.parsePages(tree, OPTIONS).diagnostics();
  }

  @Test
  void cleanTreeHasNoWarnings() {
    List<Diagnostic> found = lint(LintTrees.clean());
    assertThat(found).filteredOn(d -> d.isWarning() || d.isError()).isEmpty();
    assertThat(found).extracting(Diagnostic::code).doesNotContain("LINK_WITHOUT_ANCHOR", "BROKEN_LINK");
  }

  /** A rule, the tree that breaks it, and the page and line text where its finding belongs. */
  static Stream<Arguments> brokenTrees() {
    String deleteExample = """
        Request:
        {
          "instanceId": "i-1"
        }

        Response:
        {
          "requestId": "T3",
          "response": {"requestId": "T3"}
        }
        """;
    return Stream.of(
        Arguments.of("EXAMPLE_EMPTY", "header only",
            LintTrees.with(DELETE, deleteExample, ""), DELETE, "```json"),
        Arguments.of("EXAMPLE_EMPTY", "empty block",
            LintTrees.with(DELETE, "```json\nPOST / HTTP/1.1\nHost: console.zenlayer.com/api/v2/bmc\n"
                + "X-ZC-Action: DeleteInstance\n\n" + deleteExample + "```", "```json\n```"), DELETE, "```json"),
        Arguments.of("EXAMPLE_MISSING_REQUIRED", "top-level member",
            LintTrees.with(CREATE, "  \"zoneId\": \"SEL-A\",\n", ""), CREATE, "```json"),
        Arguments.of("EXAMPLE_MISSING_REQUIRED", "member of a structure",
            LintTrees.with(CREATE, "{\"rack\": \"R1\"}", "{\"row\": \"A\"}"), CREATE, "```json"),
        Arguments.of("EXAMPLE_FOREIGN_HOST", "vm host on a bmc page",
            LintTrees.with(DELETE, "/api/v2/bmc", "/api/v2/vm"), DELETE, "```json"),
        Arguments.of("MEMBER_TYPE_INCONSISTENT", "one instanceId typed Integer",
            LintTrees.with(ZONES, "| instanceId | 否 | String |", "| instanceId | 否 | Integer |"), ZONES,
            "| instanceId |"),
        Arguments.of("INPUT_STRUCTURE_WITHOUT_REQUIRED", "request structure without required column",
            LintTrees.with(TYPES, """
                | 名称 | 类型 | 必选 | 描述 |
                | --- | --- | --- | --- |
                | rack | String | 是 | 机架。 |
                | row | String | 否 | 排。 |""", """
                | 名称 | 类型 | 描述 |
                | --- | --- | --- |
                | rack | String | 机架。 |
                | row | String | 排。 |"""), TYPES, "## Placement"),
        Arguments.of("DESCRIPTION_NAMES_OTHER_ACTION", "copied description",
            LintTrees.with(DELETE, "本接口（DeleteInstance）", "本接口（CreateInstance）"), DELETE, "本接口（CreateInstance）"),
        Arguments.of("ERROR_CODE_SPELLING", "INVALID_ prefix dropped on one page",
            LintTrees.with(CREATE, "| 404 | INVALID_ZONE_NOT_FOUND |", "| 404 | ZONE_NOT_FOUND |"), CREATE,
            "ZONE_NOT_FOUND"),
        Arguments.of("ENUM_VALUE_CASE", "Ready on an action page, READY in the status table",
            LintTrees.with(ZONES, "| instanceId | 否 | String | 实例 ID。 |",
                "| instanceId | 否 | String | 实例 ID。 |\n| status | 否 | String | 状态。可选值：Ready、SOLD_OUT |"),
            ZONES, "| status |"),
        Arguments.of("ENUM_VALUE_TYPO", "BINDDING next to BINDING",
            LintTrees.with(TYPES, "| BINDING | 绑定中。 |", "| BINDING | 绑定中。 |\n| BINDDING | 绑定中。 |"), TYPES,
            "## ZoneStatus"),
        Arguments.of("VALUE_LIST_NOT_READ", "values written VALUE - text",
            LintTrees.with(ZONES, "| instanceId | 否 | String | 实例 ID。 |",
                "| instanceId | 否 | String | 实例 ID。 |\n| level | 否 | String | 级别：<br>HIGH - 高<br>LOW - 低 |"),
            ZONES, "| level |"),
        Arguments.of("LINK_WITHOUT_ANCHOR", "type link to the right page without #anchor",
            LintTrees.with(ZONES, "(../datastructure.md#zoneinfo)", "(../datastructure.md)"), ZONES, "| zoneSet |"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("brokenTrees")
  void ruleFiresNearTheBrokenLine(String code, String what, Map<String, String> tree, String page, String lineText) {
    int line = LintTrees.lineOf(tree, page, lineText);
    List<Diagnostic> hits = lint(tree).stream().filter(d -> d.code().equals(code)).toList();
    assertThat(hits).as(code + " on " + what).isNotEmpty();
    assertThat(hits).anySatisfy(d -> {
      assertThat(d.location().file()).isEqualTo(page);
      assertThat(d.location().line()).isBetween(line, line + 2);
      assertThat(d.action()).isNotBlank();
    });
    // each broken tree breaks one thing: no other rule of this family fires
    assertThat(lint(tree)).extracting(Diagnostic::code).filteredOn(LintRulesTest::crossRule)
        .containsOnly(code);
  }

  @Test
  void linkWithoutAnchorIsNoLongerABrokenLink() {
    List<Diagnostic> found = lint(LintTrees.with(ZONES, "(../datastructure.md#zoneinfo)", "(../datastructure.md)"));
    assertThat(found).extracting(Diagnostic::code).doesNotContain("BROKEN_LINK");
    List<Diagnostic> wrongPage = lint(LintTrees.with(ZONES, "(../datastructure.md#zoneinfo)", "(../other.md)"));
    assertThat(wrongPage).extracting(Diagnostic::code).doesNotContain("LINK_WITHOUT_ANCHOR");
  }

  @Test
  void descriptionFindingIsAtTheDescriptionNotTheTitle() {
    Map<String, String> tree = LintTrees.with(DELETE, "本接口（DeleteInstance）", "本接口（CreateInstance）");
    assertThat(lint(tree)).filteredOn(d -> d.code().equals("DESCRIPTION_NAMES_OTHER_ACTION")).singleElement()
        .satisfies(d -> assertThat(d.location().toString())
            .isEqualTo(DELETE + ":" + LintTrees.lineOf(tree, DELETE, "本接口（CreateInstance）") + ":1"));
  }

  @Test
  void descriptionMentioningAnotherActionAsAPrerequisiteIsFine() {
    // "请先调用 DescribeZones" names another action, but not as this one
    List<Diagnostic> found = lint(LintTrees.with(DELETE, "本接口（DeleteInstance）用于删除实例。", "用于删除实例。"));
    assertThat(found).extracting(Diagnostic::code).doesNotContain("DESCRIPTION_NAMES_OTHER_ACTION");
  }

  @Test
  void typoRuleLeavesDistinctValuesAlone() {
    assertThat(EnumRules.likelyTypo("BINDDING", "BINDING")).isTrue();
    assertThat(EnumRules.likelyTypo("RECIEVED", "RECEIVED")).isTrue();
    assertThat(EnumRules.likelyTypo("BINDING", "UNBINDING")).isFalse();
    assertThat(EnumRules.likelyTypo("IPV4", "IPV6")).isFalse();
    assertThat(EnumRules.likelyTypo("STOPPED", "STOPPING")).isFalse();
    assertThat(EnumRules.likelyTypo("CREATE", "CREATED")).isFalse();
    assertThat(DATA_STRUCTURE).contains("SOLD_OUT");
  }

  private static boolean crossRule(String code) {
    return List.of("EXAMPLE_EMPTY", "EXAMPLE_MISSING_REQUIRED", "EXAMPLE_FOREIGN_HOST", "MEMBER_TYPE_INCONSISTENT",
        "INPUT_STRUCTURE_WITHOUT_REQUIRED", "DESCRIPTION_NAMES_OTHER_ACTION", "ERROR_CODE_SPELLING",
        "ENUM_VALUE_CASE", "ENUM_VALUE_TYPO", "VALUE_LIST_NOT_READ", "LINK_WITHOUT_ANCHOR").contains(code);
  }
}
