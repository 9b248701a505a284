package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Pagination;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parse decides the traits (readOnly, pagination, sensitive); the overrides file can set them. */
class TraitsTest {

  private static JsonNode operation(JsonNode model, String name) {
    return StreamSupport.stream(model.path("operations").spliterator(), false)
        .filter(op -> op.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + name));
  }

  private static JsonNode member(JsonNode members, String name) {
    return StreamSupport.stream(members.spliterator(), false)
        .filter(m -> m.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no member " + name));
  }

  @Test
  void theModelJsonOfTheBmcDocsCarriesTheTraits() throws IOException {
    Service bmc = DocsParser.parse(TestCorpus.luoJinShu(),
        TestCorpus.options("bmc", "2022-11-20")).service();
    JsonNode model = new ObjectMapper().readTree(ModelJson.write(bmc));
    assertThat(model.path("docsdkModel").asInt()).isEqualTo(2);

    JsonNode instances = operation(model, "DescribeInstances");
    assertThat(instances.path("readOnly").asBoolean()).isTrue();
    assertThat(instances.path("pagination").toString())
        .isEqualTo("{\"pageNumber\":\"pageNum\",\"pageSize\":\"pageSize\",\"total\":\"totalCount\",\"items\":\"dataSet\"}");
    JsonNode price = operation(model, "InquiryPriceCreateInstance");
    assertThat(price.path("readOnly").asBoolean()).isTrue();
    assertThat(price.has("pagination")).isFalse();

    JsonNode create = operation(model, "CreateInstances");
    assertThat(create.path("readOnly").asBoolean()).isFalse();
    assertThat(create.has("pagination")).isFalse();
    assertThat(member(create.path("request"), "password").path("sensitive").asBoolean()).isTrue();
    assertThat(member(create.path("request"), "zoneId").has("sensitive")).isFalse();

    List<String> paging = new ArrayList<>();
    List<String> readOnly = new ArrayList<>();
    for (Operation op : bmc.operations()) {
      op.pagination().ifPresent(p -> paging.add(op.name()));
      if (op.readOnly()) {
        readOnly.add(op.name());
      }
    }
    assertThat(readOnly).allMatch(n -> n.startsWith("Describe") || n.startsWith("Inquiry"));
    assertThat(bmc.operations()).filteredOn(op -> op.name().startsWith("Describe")).allMatch(Operation::readOnly);
    assertThat(paging).contains("DescribeInstances").allMatch(readOnly::contains);
    // the traits survive the round trip that the mock and the diff read
    assertThat(ModelJson.read(ModelJson.write(bmc))).isEqualTo(bmc);
  }

  private static final String PAGE = String.join("\n",
      "# DescribeThings",
      "",
      "## 1. Description",
      "",
      "Lists things.",
      "",
      "## 2. Request Parameters",
      "",
      "| Parameter | Required | Type | Description |",
      "| --- | --- | --- | --- |",
      "| cursor | No | String | Where to start. |",
      "| limit | No | Integer | How many. |",
      "",
      "## 3. Response Parameters",
      "",
      "| Parameter | Type | Description |",
      "| --- | --- | --- |",
      "| requestId | String | Request ID. |",
      "| count | Integer | All things. |",
      "| things | Array of String | Things. |",
      "| apiToken | String | A token. |",
      "| tokenHint | String | Not a secret. |",
      "");

  private static ParseResult parse(Path temp, String overrides) throws IOException {
    Path root = temp.resolve("docs");
    Files.createDirectories(root);
    Files.writeString(root.resolve("describethings.md"), PAGE);
    if (overrides != null) {
      Files.writeString(root.resolve(DocsParser.OVERRIDES_FILE), overrides);
    }
    return DocsParser.parse(root, ParseOptions.of("svc", "1"));
  }

  @Test
  void overridesSetEachTrait(@TempDir Path temp) throws IOException {
    Operation before = parse(temp.resolve("a"), null).service().operation("DescribeThings").orElseThrow();
    assertThat(before.readOnly()).isTrue();
    assertThat(before.pagination()).isEmpty();
    assertThat(before.response()).filteredOn(Member::sensitive).extracting(Member::name)
        .containsExactly("apiToken", "tokenHint");

    ParseResult r = parse(temp.resolve("b"), String.join("\n",
        "{ \"actions\": { \"DescribeThings\": {",
        "    \"readOnly\": false,",
        "    \"pagination\": { \"pageNumber\": \"cursor\", \"pageSize\": \"limit\", \"total\": \"count\", \"items\": \"things\" },",
        "    \"response\": { \"tokenHint\": { \"sensitive\": false } }",
        "} } }"));
    Operation op = r.service().operation("DescribeThings").orElseThrow();
    assertThat(op.readOnly()).isFalse();
    assertThat(op.pagination()).contains(new Pagination("cursor", "limit", "count", "things"));
    assertThat(op.response()).filteredOn(Member::sensitive).extracting(Member::name).containsExactly("apiToken");
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("OVERRIDE_APPLIED"))
        .extracting(d -> d.location().line()).containsExactlyInAnyOrder(2, 3, 4);
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void aPaginationNamingMissingMembersIsRefused(@TempDir Path temp) throws IOException {
    ParseResult r = parse(temp, "{ \"actions\": { \"DescribeThings\": { \"pagination\": "
        + "{ \"pageNumber\": \"page\", \"pageSize\": \"limit\", \"total\": \"count\", \"items\": \"things\" } } } }");
    assertThat(r.service().operation("DescribeThings").orElseThrow().pagination()).isEmpty();
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::message)
        .containsExactly("pagination of DescribeThings names members it lacks: request page");
  }

  @Test
  void paginationFollowsMembersThatOverridesChange(@TempDir Path temp) throws IOException {
    ParseResult r = parse(temp, String.join("\n",
        "{ \"actions\": { \"DescribeThings\": {",
        "    \"request\": { \"pageNum\": { \"add\": true, \"type\": \"Integer\" },",
        "                 \"pageSize\": { \"add\": true, \"type\": \"Integer\" } },",
        "    \"response\": { \"totalCount\": { \"add\": true, \"type\": \"Integer\" },",
        "                  \"secretKey\": { \"add\": true, \"type\": \"String\" } }",
        "} } }"));
    Operation op = r.service().operation("DescribeThings").orElseThrow();
    assertThat(op.pagination()).contains(new Pagination("pageNum", "pageSize", "totalCount", "things"));
    assertThat(op.response()).filteredOn(m -> m.name().equals("secretKey")).allMatch(Member::sensitive);
  }
}
