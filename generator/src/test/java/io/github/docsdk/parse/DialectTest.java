package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dialect variants not in the shared corpus: English sections, HTML types, GitBook URLs, folders. */
class DialectTest {

  @TempDir static Path temp;
  private static ParseResult result;

  private static final Map<String, String> PAGES = Map.of(
      "vm/instances/reboot.md", String.join("\n",
          "# 重启实例",
          "",
          "## 2. 请求参数",
          "",
          "| 参数名称 | 必选 | 描述 |",
          "| --- | --- | --- |",
          "| instanceIds | 是 | 实例ID。 |",
          "",
          "## 4. 代码示例",
          "",
          "```",
          "POST / HTTP/1.1",
          "X-ZC-Action: RebootInstances",
          "```",
          ""),
      "vm/instances/stop.md", String.join("\n",
          "# StopInstances",
          "",
          "## Request Parameters",
          "",
          "| Parameter Name | Required | Type | Description |",
          "| --- | --- | --- | --- |",
          "| instanceIds | Yes | Array of String | IDs, see [StartInstances](start-instances.md) and [gone](gone.md). |",
          "| options | No | [StopOptions](#stopoptions) | How to stop. |",
          "",
          "## Response Parameters",
          "",
          "| Parameter Name | Type | Description |",
          "| --- | --- | --- |",
          "| requestId | String | ID. |",
          "",
          "## Examples",
          "",
          "{% tabs %}",
          "{% tab title=\"Request\" %}",
          "```json",
          "{\"instanceIds\": [\"i-1\"]}",
          "```",
          "{% endtab %}",
          "{% tab title=\"Response\" %}",
          "```json",
          "{\"requestId\": \"r\", \"response\": {\"requestId\": \"r\", \"extra\": 1}}",
          "```",
          "{% endtab %}",
          "{% endtabs %}",
          "",
          "## Data Structures",
          "",
          "### StopOptions",
          "",
          "| Name | Required | Type | Description |",
          "| --- | --- | --- | --- |",
          "| force | No | Boolean | Power off at once. |",
          ""),
      "vm/instances/start-instances.md", String.join("\n",
          "# StartInstances",
          "",
          "## 1. API Description",
          "",
          "Starts instances.",
          "",
          "## 2. Input Parameters",
          "",
          "| Parameter | Type | Description |",
          "| --- | --- | --- |",
          "| instanceIds | Array of string | IDs. |",
          "| mode | String | <p>Start mode.</p><ul><li>FAST: quick start</li><li>SAFE: checks first</li></ul> |",
          "| state | String | See [the states](../common/structures.md#instancestate). |",
          "| zoneId | Zone | Where. |",
          "| ｒｅｇｉｏｎ | String | Fullwidth name. |",
          "",
          "## 3. Output Parameters",
          "",
          "| Parameter | Type | Description |",
          "| --- | --- | --- |",
          "| requestId | String | ID. |",
          "| images | <p>Array of </p><p><a href=\"https://docs.console.zenlayer.com/api/vm/common/structures#imageinfo\">ImageInfo</a></p> | Images. |",
          "| disk | [Disk](../common/structures.md#disk) | The disk. |",
          "",
          "## 4. Code Example",
          "",
          "```",
          "POST / HTTP/1.1",
          "Host: console.zenlayer.com/api/v2/vm",
          "X-TC-Action: StartInstances",
          "",
          "Request：",
          "{\"instanceIds\": [\"a\"], \"mode\": \"FAST\", \"InstanceIds\": 1}",
          "```",
          "",
          "## 5. Error Code",
          "",
          "| HTTP Status Code | Error Code | Description |",
          "| --- | --- | --- |",
          "| **404** | INVALID\\_INSTANCE\\_NOT\\_FOUND | Not found. |",
          ""),
      "vm/common/structures.md", String.join("\n",
          "# Data Structures",
          "",
          "### ImageInfo",
          "",
          "| Name | Type | Description |",
          "| --- | --- | --- |",
          "| imageId | String | ID. |",
          "",
          "### Disk",
          "",
          "| Name | Type | Description |",
          "| --- | --- | --- |",
          "| size | Integer | GB. |",
          "",
          "### InstanceState",
          "",
          "| Value | Description |",
          "| --- | --- |",
          "| RUNNING | Running. |",
          "| STOPPED | Stopped. |",
          ""),
      "vm/other/structures.md", String.join("\n",
          "# Data Structures",
          "",
          "## Disk",
          "",
          "| Name | Type | Description |",
          "| --- | --- | --- |",
          "| sizeGb | Integer | GB. |",
          ""));

  @BeforeAll
  static void parse() throws IOException {
    Path root = temp.resolve("vm-docs");
    for (Map.Entry<String, String> e : PAGES.entrySet()) {
      Path file = root.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
    result = DocsParser.parse(root.resolve("vm"), ParseOptions.of("vm", "2023-01-01"));
  }

  private static Member member(List<Member> members, String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void englishSectionsAndTypeVariants() {
    Service s = result.service();
    Operation op = s.operation("StartInstances").orElseThrow();
    assertThat(op.description()).isEqualTo("Starts instances.");
    assertThat(member(op.request(), "instanceIds").type().describe()).isEqualTo("List<String>");
    assertThat(member(op.request(), "zoneId").type().describe()).isEqualTo("String");
    assertThat(member(op.request(), "region").type().describe()).isEqualTo("String");
    assertThat(member(op.response(), "images").type().describe()).isEqualTo("List<ImageInfo>");
    assertThat(op.errors()).extracting(e -> e.httpStatus() + " " + e.code()).containsExactly("404 INVALID_INSTANCE_NOT_FOUND");
    assertThat(op.examples()).hasSize(1);
    assertThat(op.examples().get(0).host()).isEqualTo("console.zenlayer.com/api/v2/vm");
  }

  @Test
  void anUntitledActionIsNamedByItsExamples() {
    Operation op = result.service().operation("RebootInstances").orElseThrow();
    assertThat(op.request()).extracting(Member::name).containsExactly("instanceIds");
    assertThat(op.request().get(0).required()).isTrue();
    assertThat(op.request().get(0).type().describe()).isEqualTo("String");
    assertThat(codes()).contains("ACTION_TITLE", "MISSING_TYPE_COLUMN");
  }

  @Test
  void requestAndResponseInSeparateTabsMakeOneExample() {
    Operation op = result.service().operation("StopInstances").orElseThrow();
    assertThat(op.examples()).hasSize(1);
    assertThat(member(op.request(), "options").type().describe()).isEqualTo("StopOptions");
    assertThat(((StructureShape) result.service().shape("StopOptions").orElseThrow()).members())
        .extracting(m -> m.name() + ":" + m.type().describe()).containsExactly("force:Boolean");
    assertThat(op.examples().get(0).request()).contains("i-1");
    assertThat(op.examples().get(0).response()).contains("extra");
    assertThat(result.diagnostics()).filteredOn(d -> d.location().file().equals("instances/stop.md"))
        .extracting(Diagnostic::code).contains("EXAMPLE_KEY_NOT_IN_TABLE", "BROKEN_LINK", "FILENAME_MISMATCH");
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("BROKEN_LINK"))
        .extracting(Diagnostic::message).allMatch(m -> m.contains("gone.md"));
  }

  @Test
  void enumsFromListsAndFromLinkedSections() {
    Service s = result.service();
    Operation op = s.operation("StartInstances").orElseThrow();
    assertThat(member(op.request(), "mode").type().describe()).isEqualTo("enum Mode");
    EnumShape mode = (EnumShape) s.shape("Mode").orElseThrow();
    assertThat(mode.values()).extracting(v -> v.value() + "=" + v.description())
        .containsExactly("FAST=quick start", "SAFE=checks first");
    assertThat(member(op.request(), "state").type().describe()).isEqualTo("enum InstanceState");
  }

  @Test
  void sameStructureNameInTwoFoldersIsDisambiguatedAndLinksFollowTheirFolder() {
    Service s = result.service();
    assertThat(s.structures()).extracting(StructureShape::name).contains("Disk", "ImageInfo")
        .as("the other folder's Disk is named apart but no action reaches it").doesNotContain("OtherDisk");
    Operation op = s.operation("StartInstances").orElseThrow();
    assertThat(member(op.response(), "disk").type().describe()).isEqualTo("Disk");
    assertThat(((StructureShape) s.shape("Disk").orElseThrow()).members()).extracting(Member::name).containsExactly("size");
    assertThat(codes()).contains("DUPLICATE_SHAPE_NAME");
  }

  @Test
  void reportsWhatAReviewerWould() {
    assertThat(codes()).contains("MEMBER_NAME_SPELLING", "MISSING_REQUIRED_COLUMN", "TYPE_SPELLING", "UNDEFINED_TYPE", "EXAMPLE_OLD_ACTION_HEADER",
        "BOLD_IN_ERROR_ROW", "EXAMPLE_TYPE_MISMATCH");
    // the example spells the member both ways: the table's spelling wins
    assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("EXAMPLE_KEY_CASE"))
        .extracting(Diagnostic::action).containsExactly("table spelling kept");
    assertThat(member(result.service().operation("StartInstances").orElseThrow().request(), "instanceIds")).isNotNull();
    assertThat(result.hasErrors()).isFalse();
  }

  private static List<String> codes() {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
