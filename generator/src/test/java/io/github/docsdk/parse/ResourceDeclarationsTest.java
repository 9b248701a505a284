package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Resource;
import io.github.docsdk.spec.ResourceAction;
import io.github.docsdk.spec.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overrides' {@code resources} section: read into the model, checked against the docs. */
class ResourceDeclarationsTest {

  private static final Path CORRECTIONS = TestCorpus.repoRoot().resolve("corrections/zenlayer-bmc-2022-11-20.json");
  private static final Path SPECS = TestCorpus.repoRoot().resolve("specs/bmc");

  @TempDir Path temp;

  @Test
  void theCorrectionsDeclareTheInstanceOnOurSpecsAndSkipWhatTheyLack() {
    ParseResult r = DocsParser.parse(SPECS, new ParseOptions("bmc", "2022-11-20", CORRECTIONS));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    Service s = r.service();
    assertThat(s.resources()).extracting(Resource::name).containsExactly("Instance");
    Resource instance = s.resources().get(0);
    assertThat(instance.create().action()).isEqualTo("CreateInstances");
    assertThat(instance.create().ids()).isEqualTo("instanceIdSet");
    assertThat(instance.create().members()).containsEntry("instanceName", "instanceName")
        .containsEntry("internetMaxBandwidthOut", "bandwidthOutMbps");
    assertThat(instance.create().states()).containsExactly("CREATING", "BOOTING");
    assertThat(instance.create().settles()).isEqualTo("RUNNING");
    assertThat(instance.list().filter()).isEqualTo("instanceIds");
    assertThat(instance.notFound()).isEqualTo("INVALID_INSTANCE_NOT_FOUND");
    assertThat(instance.actions()).extracting(ResourceAction::action).containsExactly(
        "RebootInstances", "ReleaseInstances", "StartInstances", "StopInstances", "TerminateInstance");
    ResourceAction terminate = instance.action("TerminateInstance").orElseThrow();
    assertThat(terminate.to()).isEqualTo("RECYCLE");
    assertThat(terminate.deniedIn()).containsEntry("RECYCLE", "OPERATION_DENIED_INSTANCE_RECYCLED");
    assertThat(instance.action("ReleaseInstances").orElseThrow().removes()).isTrue();
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("OVERRIDE_UNKNOWN_ACTION"))
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("these docs have none of the actions of resource Eip"))
        .anyMatch(m -> m.startsWith("these docs have none of the actions of resource Vpc"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("OVERRIDE_APPLIED"))
        .extracting(Diagnostic::message).anyMatch(m -> m.startsWith("resource Instance: created by CreateInstances"));
  }

  @Test
  void theCorrectionsDeclareFiveResourcesOnThePublishedDocs() {
    ParseResult r = DocsParser.parse(TestCorpus.luoJinShu(), new ParseOptions("bmc", "2022-11-20", CORRECTIONS));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    assertThat(r.service().resources()).extracting(Resource::name)
        .containsExactly("CidrBlock", "Eip", "Instance", "Subnet", "Vpc");
    Resource eip = r.service().resources().get(1);
    assertThat(eip.action("ReleaseEipAddresses").orElseThrow().via()).containsExactly("RELEASING");
  }

  @Test
  void everyNameIsCheckedAndReportedAtItsLine() throws IOException {
    String declaration = String.join("\n",
        "{ \"resources\": { \"Instance\": {",
        "  \"create\": { \"action\": \"CreateInstances\", \"ids\": \"instanceIdSet\", \"settles\": \"RUNING\",",
        "              \"members\": { \"instanceNam\": \"instanceName\" } },",
        "  \"list\": { \"action\": \"DescribeInstances\", \"items\": \"dataSet\", \"id\": \"instanceId\",",
        "            \"status\": \"instanceStatus\", \"filter\": \"instanceIds\" },",
        "  \"actions\": {",
        "    \"StopInstances\": { \"ids\": \"instanceIds\", \"from\": [\"RUNNING\"], \"to\": \"STOPPED\",",
        "                       \"denied\": \"NO_SUCH_CODE\" },",
        "    \"StartInstance\": { \"ids\": \"instanceIds\", \"from\": [\"STOPPED\"], \"to\": \"RUNNING\" },",
        "    \"ReleaseInstances\": { \"ids\": \"instanceIds\", \"from\": [\"RECYCLE\"] }",
        "  },",
        "  \"notFound\": \"INVALID_INSTANCE_NOT_FOUND\" } } }",
        "");
    Path file = temp.resolve("overrides.json");
    Files.writeString(file, declaration);
    ParseResult r = DocsParser.parse(SPECS, new ParseOptions("bmc", "2022-11-20", file));
    List<Diagnostic> invalid = r.diagnostics().stream().filter(d -> d.code().equals("RESOURCE_INVALID")).toList();
    assertThat(invalid).allSatisfy(d -> assertThat(d.isError()).isTrue());
    assertThat(lines(invalid)).containsAllEntriesOf(Map.of(
        2, "create of resource Instance: RUNING is not a status value (known: PENDING, CREATING, CREATE_FAILED,"
            + " INSTALLING, INSTALL_FAILED, RUNNING, STOPPED, BOOTING, STOPPING, RECYCLE)",
        3, "CreateInstances request has no member instanceNam",
        8, "denied of action StopInstances of resource Instance: NO_SUCH_CODE is documented neither for"
            + " StopInstances nor as a common error code",
        9, "these docs have no action StartInstance (named by resource Instance)",
        10, "action ReleaseInstances of resource Instance needs either \"to\" (the state it ends in) or"
            + " \"removes\": true"));
    assertThat(r.service().resources()).isEmpty();
  }

  @Test
  void aListWhoseItemsAreNotStructuresIsRefused() throws IOException {
    String declaration = "{ \"resources\": { \"Instance\": {\n"
        + "  \"create\": { \"action\": \"CreateInstances\", \"ids\": \"instanceIdSet\", \"settles\": \"RUNNING\" },\n"
        + "  \"list\": { \"action\": \"DescribeInstances\", \"items\": \"totalCount\", \"id\": \"instanceId\","
        + " \"status\": \"instanceStatus\" },\n"
        + "  \"notFound\": \"INVALID_INSTANCE_NOT_FOUND\", \"colour\": 1 } } }\n";
    Path file = temp.resolve("overrides.json");
    Files.writeString(file, declaration);
    ParseResult r = DocsParser.parse(SPECS, new ParseOptions("bmc", "2022-11-20", file));
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("RESOURCE_INVALID")).extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("unknown key \"colour\" in resource Instance"));
    Files.writeString(file, declaration.replace(", \"colour\": 1", ""));
    r = DocsParser.parse(SPECS, new ParseOptions("bmc", "2022-11-20", file));
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("RESOURCE_INVALID")).extracting(Diagnostic::message)
        .containsExactly("DescribeInstances response member totalCount is not a list of structures (Integer)");
    assertThat(r.service().resources()).isEmpty();
  }

  private static Map<Integer, String> lines(List<Diagnostic> diagnostics) {
    Map<Integer, String> out = new java.util.TreeMap<>();
    diagnostics.forEach(d -> out.merge(d.location().line(), d.message(), (a, b) -> a + " | " + b));
    return out;
  }
}
