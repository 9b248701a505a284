package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docsdk-overrides.json beside the docs: corrections applied, each reported at its entry. */
class OverridesTest {

  private static final String PAGE = String.join("\n",
      "# DescribeZones",
      "",
      "## 1. Description",
      "",
      "Lists zones.",
      "",
      "## 2. Request Parameters",
      "",
      "| Parameter | Required | Type | Description |",
      "| --- | --- | --- | --- |",
      "| acceptLanguage | No | String | Language of the names. |",
      "| legacyFlag | No | Integer | Unused. |",
      "",
      "## 3. Response Parameters",
      "",
      "| Parameter | Type | Description |",
      "| --- | --- | --- |",
      "| requestId | String | Request ID. |",
      "| zoneSet | Array of [ZoneInfo](../datastructure.md#zoneinfo) | Zones. |",
      "",
      "## 4. Error Codes",
      "",
      "| HTTP Status | Error Code | Description |",
      "| --- | --- | --- |",
      "| 404 | INVALID_ZONE_NOT_FOUND | No such zone. |",
      "");

  private static final String STRUCTURES = String.join("\n",
      "# Data Structures",
      "",
      "## ZoneInfo",
      "",
      "| Name | Type | Description |",
      "| --- | --- | --- |",
      "| zoneId | String | Zone ID. |",
      "| capacity | String | Free slots. |",
      "");

  private static final String OVERRIDES = String.join("\n",
      "{",
      "  \"actions\": {",
      "    \"DescribeZones\": {",
      "      \"wireName\": \"ZoneDetails\",",
      "      \"request\": {",
      "        \"acceptLanguage\": { \"required\": true },",
      "        \"legacyFlag\": { \"drop\": true },",
      "        \"region\": { \"add\": true, \"type\": \"Array of String\", \"description\": \"Regions.\" }",
      "      }",
      "    }",
      "  },",
      "  \"structures\": {",
      "    \"ZoneInfo\": { \"capacity\": { \"type\": \"Integer\" } }",
      "  }",
      "}",
      "");

  private static Path docs(Path temp, String overrides) throws IOException {
    Path root = temp.resolve("bmc");
    Files.createDirectories(root.resolve("actions"));
    Files.writeString(root.resolve("actions/DescribeZones.md"), PAGE);
    Files.writeString(root.resolve("datastructure.md"), STRUCTURES);
    if (overrides != null) {
      Files.writeString(root.resolve(DocsParser.OVERRIDES_FILE), overrides);
    }
    return root;
  }

  @Test
  void withoutOverridesTheDocsAreTakenAsWritten(@TempDir Path temp) throws IOException {
    Service s = DocsParser.parse(docs(temp, null), ParseOptions.of("bmc", "2022-11-20")).service();
    Operation op = s.operation("DescribeZones").orElseThrow();
    assertThat(op.wireName()).isEqualTo("DescribeZones");
    assertThat(op.request()).extracting(Member::name).containsExactly("acceptLanguage", "legacyFlag");
  }

  @Test
  void appliesEveryKindOfOverrideWithADiagnosticAtItsEntry(@TempDir Path temp) throws IOException {
    ParseResult r = DocsParser.parse(docs(temp, OVERRIDES), ParseOptions.of("bmc", "2022-11-20"));
    Operation op = r.service().operation("DescribeZones").orElseThrow();
    assertThat(op.name()).isEqualTo("DescribeZones");
    assertThat(op.wireName()).isEqualTo("ZoneDetails");
    assertThat(op.request()).extracting(Member::name).containsExactly("acceptLanguage", "region");
    assertThat(op.request().get(0).required()).isTrue();
    assertThat(op.request().get(1).type().describe()).isEqualTo("List<String>");
    assertThat(op.request().get(1).description()).isEqualTo("Regions.");
    Member capacity = r.service().structures().get(0).members().get(1);
    assertThat(capacity.type().describe()).isEqualTo("Integer");

    List<String> applied = r.diagnostics().stream().filter(d -> d.code().equals("OVERRIDE_APPLIED"))
        .map(d -> d.location().toString()).toList();
    assertThat(applied).containsExactlyInAnyOrder(
        "docsdk-overrides.json:4:7", "docsdk-overrides.json:6:9", "docsdk-overrides.json:7:9",
        "docsdk-overrides.json:8:9", "docsdk-overrides.json:13:19");
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void overridesThatCannotApplyAreErrors(@TempDir Path temp) throws IOException {
    String bad = "{\n  \"actions\": { \"NoSuchAction\": {},\n    \"DescribeZones\": { \"request\": { \"nope\": {\"required\": true},"
        + " \"acceptLanguage\": {\"type\": \"Nonsense\"}, \"legacyFlag\": {\"requried\": true} } } }\n}\n";
    ParseResult r = DocsParser.parse(docs(temp, bad), ParseOptions.of("bmc", "2022-11-20"));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("OVERRIDE_UNKNOWN_MEMBER", "OVERRIDE_INVALID", "OVERRIDE_INVALID");
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError)
        .allSatisfy(d -> assertThat(d.location().file()).isEqualTo("docsdk-overrides.json"));
  }

  @Test
  void invalidJsonIsReportedWhereItBreaks(@TempDir Path temp) throws IOException {
    ParseResult r = DocsParser.parse(docs(temp, "{\n  \"actions\": {,\n}"), ParseOptions.of("bmc", "2022-11-20"));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError)
        .extracting(d -> d.code() + "@" + d.location().line()).containsExactly("OVERRIDES_INVALID@2");
    assertThat(r.service().operations()).hasSize(1);
  }

  @Test
  void anOverridesFileCanBeGivenExplicitly(@TempDir Path temp) throws IOException {
    Path root = docs(temp, null);
    Path file = temp.resolve("elsewhere.json");
    Files.writeString(file, OVERRIDES);
    ParseResult r = DocsParser.parse(root, new ParseOptions("bmc", "2022-11-20", file));
    assertThat(r.service().operation("DescribeZones").orElseThrow().wireName()).isEqualTo("ZoneDetails");
  }

  @Test
  void entriesForWhatTheseDocsLackOrAlreadySayAreSkippedWithTheirWhy(@TempDir Path temp) throws IOException {
    String shared = String.join("\n",
        "{",
        "  \"actions\": {",
        "    \"NoSuchAction\": { \"why\": \"Only in the full docs.\", \"wireName\": \"Other\" },",
        "    \"DescribeZones\": { \"why\": \"The official SDK says so.\", \"wireName\": \"ZoneDetails\",",
        "      \"response\": { \"requestId\": { \"add\": true, \"type\": \"String\", \"why\": \"Examples.\" } } }",
        "  },",
        "  \"structures\": { \"Elsewhere\": { \"x\": { \"type\": \"String\" } },",
        "    \"ZoneInfo\": { \"capacity\": { \"type\": \"Integer\", \"why\": \"Examples show numbers.\" } } }",
        "}",
        "");
    ParseResult r = DocsParser.parse(docs(temp, shared), ParseOptions.of("bmc", "2022-11-20"));
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.diagnostics()).filteredOn(d -> d.code().startsWith("OVERRIDE_") && !d.code().equals("OVERRIDE_APPLIED"))
        .extracting(d -> d.code() + " " + d.location().line() + " " + d.message())
        .containsExactlyInAnyOrder(
            "OVERRIDE_UNKNOWN_ACTION 3 these docs have no action NoSuchAction - why: Only in the full docs.",
            "OVERRIDE_ALREADY_APPLIED 5 DescribeZones response already has requestId as String - why: Examples.",
            "OVERRIDE_UNKNOWN_STRUCTURE 7 these docs have no structure Elsewhere");
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("OVERRIDE_APPLIED"))
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "DescribeZones is sent as \"ZoneDetails\" (docs: \"DescribeZones\") - why: The official SDK says so.",
            "structure ZoneInfo.capacity: type String -> Integer - why: Examples show numbers.");
    assertThat(r.service().operation("DescribeZones").orElseThrow().wireName()).isEqualTo("ZoneDetails");
  }

  @Test
  void aWhyMustBeASentence(@TempDir Path temp) throws IOException {
    String bad = "{ \"actions\": { \"DescribeZones\": { \"why\": 3,\n \"request\": { \"acceptLanguage\": "
        + "{ \"required\": true, \"why\": [] } } } } }";
    ParseResult r = DocsParser.parse(docs(temp, bad), ParseOptions.of("bmc", "2022-11-20"));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError)
        .extracting(d -> d.code() + "@" + d.location().line()).containsExactlyInAnyOrder(
            "OVERRIDE_INVALID@1", "OVERRIDE_INVALID@2");
  }

  @Test
  void aModelReadFromItsJsonIsCorrectedAsTheDocsAre(@TempDir Path temp) throws IOException {
    Service asWritten = DocsParser.parse(docs(temp, null), ParseOptions.of("bmc", "2022-11-20")).service();
    ParseResult fromDocs = DocsParser.parse(docs(temp.resolve("again"), OVERRIDES), ParseOptions.of("bmc", "2022-11-20"));

    OverridesFile.Result r = OverridesFile.apply(ModelJson.read(ModelJson.write(asWritten)), OVERRIDES,
        DocsParser.OVERRIDES_FILE);
    assertThat(ModelJson.write(r.service())).isEqualTo(ModelJson.write(fromDocs.service()));
    assertThat(r.diagnostics()).containsExactlyInAnyOrderElementsOf(fromDocs.diagnostics().stream()
        .filter(d -> d.location().file().equals(DocsParser.OVERRIDES_FILE)).toList());
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void aFileThatIsNotJsonLeavesTheModelAsItWas(@TempDir Path temp) throws IOException {
    Service asWritten = DocsParser.parse(docs(temp, null), ParseOptions.of("bmc", "2022-11-20")).service();
    OverridesFile.Result r = OverridesFile.apply(asWritten, "{\n  \"actions\": {,\n}", "o.json");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.diagnostics()).extracting(d -> d.code() + "@" + d.location()).containsExactly("OVERRIDES_INVALID@o.json:2:15");
    assertThat(r.service()).isEqualTo(asWritten);
  }
}
