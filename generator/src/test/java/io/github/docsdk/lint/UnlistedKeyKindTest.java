package io.github.docsdk.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.parse.DocsParser;
import io.github.docsdk.parse.ParseOptions;
import io.github.docsdk.spec.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of EXAMPLE_UNLISTED_KEY_KIND: an example key its table does not list, whose
 * value is of another JSON kind than a like-named member of the table, or than every member of that
 * name elsewhere. Keys that fit, or that nothing in the docs speaks of, stay EXAMPLE_KEY_NOT_IN_TABLE.
 */
class UnlistedKeyKindTest {

  private static final String ZONES = "bmc/describezones.md";
  private static final String CREATE = "bmc/createinstance.md";
  private static final String CODE = "EXAMPLE_UNLISTED_KEY_KIND";

  private static List<Diagnostic> lint(Map<String, String> tree, String code) {
    return DocsParser.parsePages(tree, ParseOptions.of("bmc", "2022-11-20")).diagnostics().stream()
        .filter(d -> d.code().equals(code)).collect(Collectors.toList());
  }

  private static void firesAt(Map<String, String> tree, String page, String lineText, String... words) {
    List<Diagnostic> hits = lint(tree, CODE);
    assertThat(hits).as(lineText).singleElement().satisfies(d -> {
      assertThat(d.location().file()).isEqualTo(page);
      assertThat(d.location().line()).isEqualTo(LintTrees.lineOf(tree, page, lineText));
      assertThat(d.message()).contains(words);
      assertThat(d.action()).startsWith("ignored; an override adding it needs type ");
      assertThat(d.severity().label()).isEqualTo("warning");
    });
    assertThat(lint(tree, "EXAMPLE_KEY_NOT_IN_TABLE")).as("reported once, by the more precise rule").isEmpty();
  }

  private static void quiet(Map<String, String> tree) {
    assertThat(lint(tree, CODE)).isEmpty();
  }

  @Test
  void aPluralKeyOfAnotherKindThanTheSingularMember() {
    Map<String, String> tree = LintTrees.with(ZONES, "\"zoneIds\": [\"SEL-A\"]",
        "\"zoneIds\": [\"SEL-A\"],\n  \"instanceIds\": [\"i-1\"]");
    firesAt(tree, ZONES, "\"instanceIds\"", "\"instanceIds\" (array)", "the table's instanceId is String");
    assertThat(lint(tree, CODE).get(0).action()).endsWith("needs type Array of String");
  }

  @Test
  void anObjectUnderTheSingularOfAListMember() {
    Map<String, String> tree = LintTrees.with(ZONES, "\"zoneSet\": [{\"zoneId\": \"SEL-A\", \"status\": \"READY\"}]",
        "\"zone\": {\"zoneId\": \"SEL-A\", \"status\": \"READY\"}");
    firesAt(tree, ZONES, "\"zone\":", "\"zone\" (object)", "the table's zoneSet is List<ZoneInfo>");
  }

  @Test
  void aKeyOfAnotherKindThanEveryNamesakeElsewhere() {
    Map<String, String> tree = LintTrees.with(CREATE, "{\"requestId\": \"T2\", \"instanceId\": \"i-1\"}",
        "{\"requestId\": \"T2\", \"instanceId\": \"i-1\",\n  \"zoneId\": 42}");
    firesAt(tree, CREATE, "\"zoneId\": 42", "\"zoneId\" (integer)", "every other table types zoneId as String");
  }

  @Test
  void insideAStructureOfAList() {
    Map<String, String> tree = LintTrees.with(ZONES, "{\"zoneId\": \"SEL-A\", \"status\": \"READY\"}",
        "{\"zoneId\": \"SEL-A\", \"status\": \"READY\",\n  \"zoneIds\": \"SEL-A\"}");
    firesAt(tree, ZONES, "\"zoneIds\": \"SEL-A\"", "every other table types zoneIds as List<String>");
  }

  @Test
  void keysThatFitOrThatNothingSpeaksOfAreOnlyNotInTheTable() {
    List<Map<String, String>> fitting = List.of(
        // like-named member, same kind
        LintTrees.with(ZONES, "\"zoneIds\": [\"SEL-A\"]", "\"zoneIds\": [\"SEL-A\"],\n  \"instanceIds\": \"i-1\""),
        // namesake elsewhere, same kind
        LintTrees.with(CREATE, "\"instanceId\": \"i-1\"}", "\"instanceId\": \"i-1\", \"zoneId\": \"SEL-A\"}"),
        // no namesake anywhere
        LintTrees.with(ZONES, "\"status\": \"READY\"}", "\"status\": \"READY\", \"isHA\": true}"),
        // the like-named member is in the example too: they are two members
        LintTrees.with(CREATE, "\"zoneId\": \"SEL-A\",", "\"zoneId\": \"SEL-A\", \"zoneIds\": [\"SEL-A\"],"),
        // null says nothing about the kind
        LintTrees.with(ZONES, "\"zoneIds\": [\"SEL-A\"]", "\"zoneIds\": [\"SEL-A\"], \"instanceIds\": null"));
    for (Map<String, String> tree : fitting) {
      quiet(tree);
      assertThat(lint(tree, "EXAMPLE_KEY_NOT_IN_TABLE")).hasSize(1);
    }
    quiet(LintTrees.clean());
  }
}
