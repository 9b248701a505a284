package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Severity;
import io.github.docsdk.spec.Waiter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code waiters} section of the overrides file, checked against our specs/bmc docs. */
class WaiterDeclarationsTest {

  private static final Path SPECS = TestCorpus.repoRoot().resolve("specs/bmc");

  private static ParseResult parse(Path temp, String... lines) throws IOException {
    Path file = temp.resolve("waiters.json");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return DocsParser.parse(SPECS, new ParseOptions("bmc", "2022-11-20", file));
  }

  private static List<String> located(ParseResult r, Severity severity) {
    return r.diagnostics().stream().filter(d -> d.severity() == severity && d.code().startsWith("WAITER_"))
        .map(d -> d.code() + "@" + d.location().line() + ":" + d.location().column()).toList();
  }

  @Test
  void aDeclarationBecomesAWaiterOfTheModelAndSurvivesTheModelJson(@TempDir Path temp) throws IOException {
    ParseResult r = parse(temp,
        "{ \"waiters\": {",
        "  \"InstanceRunning\": {",
        "    \"description\": \"Until RUNNING.\", \"why\": \"StartInstances says so.\",",
        "    \"action\": \"DescribeInstances\", \"items\": \"dataSet\", \"id\": \"instanceId\",",
        "    \"status\": \"instanceStatus\", \"success\": [\"RUNNING\"], \"failure\": [\"CREATE_FAILED\"],",
        "    \"empty\": \"failure\", \"pollIntervalSeconds\": 0.5, \"maxWaitSeconds\": 60 },",
        "  \"InstanceReleased\": { \"action\": \"DescribeInstances\", \"items\": \"dataSet\",",
        "    \"status\": \"instanceStatus\", \"empty\": \"success\" }",
        "} }");
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    Service s = r.service();
    assertThat(s.waiters()).extracting(Waiter::name).containsExactly("InstanceReleased", "InstanceRunning");
    Waiter running = s.waiters().get(1);
    assertThat(running.description()).isEqualTo("Until RUNNING.");
    assertThat(running.id()).isEqualTo("instanceId");
    assertThat(running.success()).containsExactly("RUNNING");
    assertThat(running.failure()).containsExactly("CREATE_FAILED");
    assertThat(running.onEmpty()).isEqualTo(Waiter.OnEmpty.FAILURE);
    assertThat(running.pollIntervalMillis()).isEqualTo(500);
    assertThat(running.maxWaitMillis()).isEqualTo(60_000);
    assertThat(running.location().toString()).endsWith("waiters.json:2:3");
    Waiter released = s.waiters().get(0);
    assertThat(released.id()).isNull();
    assertThat(released.success()).isEmpty();
    assertThat(released.pollIntervalMillis()).isEqualTo(5_000);
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("OVERRIDE_APPLIED"))
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("waiter InstanceRunning polls DescribeInstances") && m.contains("why: StartInstances"));

    String json = ModelJson.write(s);
    assertThat(json).contains("\"waiters\"").contains("\"empty\" : \"failure\"");
    assertThat(ModelJson.read(json)).isEqualTo(s);
    assertThat(ModelJson.write(ModelJson.read(json))).isEqualTo(json);
  }

  @Test
  void declarationsThatDoNotFitTheModelAreLocatedErrors(@TempDir Path temp) throws IOException {
    ParseResult r = parse(temp,
        "{ \"waiters\": {",
        "  \"Typo\": { \"action\": \"DescribeInstanses\", \"items\": \"dataSet\", \"status\": \"instanceStatus\",",
        "    \"success\": [\"RUNNING\"] },",
        "  \"Changes\": { \"action\": \"StartInstances\", \"items\": \"dataSet\", \"status\": \"instanceStatus\",",
        "    \"success\": [\"RUNNING\"] },",
        "  \"NoList\": { \"action\": \"DescribeInstances\", \"items\": \"totalCount\", \"status\": \"instanceStatus\",",
        "    \"success\": [\"RUNNING\"] },",
        "  \"NoStatus\": { \"action\": \"DescribeInstances\", \"items\": \"dataSet\", \"status\": \"state\",",
        "    \"success\": [\"RUNNING\"] },",
        "  \"BadValue\": { \"action\": \"DescribeInstances\", \"items\": \"dataSet\", \"status\": \"instanceStatus\",",
        "    \"success\": [\"ACTIVE\"] },",
        "  \"BadEmpty\": { \"action\": \"DescribeInstances\", \"items\": \"dataSet\", \"status\": \"instanceStatus\",",
        "    \"success\": [\"RUNNING\"], \"empty\": \"maybe\" },",
        "  \"Never\": { \"action\": \"DescribeInstances\", \"items\": \"dataSet\", \"status\": \"instanceStatus\" },",
        "  \"Elsewhere\": { \"action\": \"DescribeEipAddresses\", \"items\": \"dataSet\", \"status\": \"eipStatus\",",
        "    \"success\": [\"AVAILABLE\"] }",
        "} }");
    assertThat(located(r, Severity.ERROR)).containsExactlyInAnyOrder(
        "WAITER_INVALID@2:13",
        "WAITER_ACTION_NOT_READ_ONLY@4:16",
        "WAITER_UNKNOWN_MEMBER@6:46",
        "WAITER_UNKNOWN_MEMBER@8:68",
        "WAITER_UNKNOWN_STATUS@11:5",
        "WAITER_INVALID@13:29",
        "WAITER_INVALID@14:3");
    assertThat(located(r, Severity.NOTE)).containsExactly("WAITER_UNKNOWN_ACTION@15:3");
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("WAITER_INVALID")).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("did you mean DescribeInstances?"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("WAITER_UNKNOWN_STATUS")).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("ACTIVE is not a value of InstanceStatus"));
    assertThat(r.service().waiters()).isEmpty();
  }
}
