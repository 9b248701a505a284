package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Severity;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.Waiter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code corrections/zenlayer-bmc-2022-11-20.json} against the real bmc docs: every entry applies
 * (none is an error, none is skipped), and the model then uses the official SDK's wire names and
 * reply shapes. The same file on our own {@code specs/bmc} applies what fits and skips the rest.
 */
class CorrectionsCorpusTest {

  private static final Path CORRECTIONS = TestCorpus.repoRoot().resolve("corrections/zenlayer-bmc-2022-11-20.json");

  @Test
  void theCorpusGetsTheOfficialWireNamesAndShapes() {
    ParseResult r = DocsParser.parse(TestCorpus.luoJinShu(),
        new ParseOptions("bmc", "2022-11-20", CORRECTIONS).withLinkRoot(TestCorpus.linkRoot()));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    for (String skipped : List.of("OVERRIDE_UNKNOWN_ACTION", "OVERRIDE_UNKNOWN_STRUCTURE", "OVERRIDE_ALREADY_APPLIED")) {
      assertThat(codes(r, skipped)).as("every correction fits the published docs").isEmpty();
    }
    Service s = r.service();

    Map<String, String> renamed = new TreeMap<>();
    s.operations().stream().filter(o -> !o.name().equals(o.wireName()))
        .forEach(o -> renamed.put(o.name(), o.wireName()));
    assertThat(renamed).containsExactlyInAnyOrderEntriesOf(Map.of(
        "DescribeZones", "ZoneDetails",
        "ModifyInstanceAttribute", "ModifyInstancesAttribute",
        "CancelInstanceBandwidthDowndegrade", "CancelInstanceBandwidthDowngrade",
        "CancelInstanceTrafficPackageDowndegrade", "CancelInstanceTrafficPackageDowngrade",
        "UnassociateEipAddress", "UnAssociateEipAddress"));

    assertThat(type(response(s, "InquiryPriceInstanceBandwidth"), "bandwidthPrice")).isEqualTo("List<Price>");
    assertThat(names(response(s, "DescribeEipAvailableResources"))).contains("eipResources").doesNotContain("dataSet");
    assertThat(type(response(s, "DescribeEipAvailableResources"), "eipResources")).isEqualTo("List<EipAvailable>");
    assertThat(names(response(s, "DescribeDdosIpAvailableResources")))
        .contains("ddosIpResources").doesNotContain("dataSet");
    assertThat(type(response(s, "DescribeDdosIpAvailableResources"), "ddosIpResources"))
        .isEqualTo("List<DdosIpAvailable>");
    for (String action : List.of("DescribeDdosIpAddresses", "DescribeInstanceAvailableDdosIpResources",
        "InquiryPriceInstanceTrafficPackage")) {
      assertThat(names(response(s, action))).as(action).contains("requestId").doesNotContain("request");
    }
    assertThat(type(structure(s, "InstanceType").members(), "isHA")).isEqualTo("Boolean");
    assertThat(names(structure(s, "InstanceAvailableCidrBlock").members()))
        .contains("cidrBlockType").doesNotContain("cidrBlockIpType");
    assertThat(type(structure(s, "SubnetInfo").members(), "availableIpCount")).isEqualTo("String");

    // Every declared waiter fits the published docs: its action, member paths and status values.
    assertThat(codes(r, "WAITER_UNKNOWN_ACTION")).isEmpty();
    assertThat(s.waiters()).extracting(Waiter::name).containsExactly("CidrBlockAvailable", "EipAvailable",
        "InstanceReleased", "InstanceRunning", "InstanceStopped", "InstanceTerminated", "SubnetAvailable",
        "VpcAvailable");
    Waiter running = s.waiters().stream().filter(w -> w.name().equals("InstanceRunning")).findFirst().orElseThrow();
    assertThat(running.action()).isEqualTo("DescribeInstances");
    assertThat(running.success()).containsExactly("RUNNING");
    assertThat(running.failure()).containsExactly("CREATE_FAILED", "INSTALL_FAILED");
    assertThat(running.onEmpty()).isEqualTo(Waiter.OnEmpty.FAILURE);

    // Lint shows each applied correction with its evidence, at its line in the corrections file.
    List<Diagnostic> applied = codes(r, "OVERRIDE_APPLIED");
    assertThat(applied).hasSize(25 + 8); // 19 corrections of actions and structures, CreateIpv4Block, 5 resources, 8 waiters
    assertThat(applied).allSatisfy(d -> {
      assertThat(d.location().file()).endsWith("zenlayer-bmc-2022-11-20.json");
      assertThat(d.message()).contains(" - why: ");
    });
  }

  @Test
  void ourSpecsApplyTheWireNamesTheyHaveAndSkipTheRestWithANote() {
    Path specs = TestCorpus.repoRoot().resolve("specs/bmc");
    ParseResult r = DocsParser.parse(specs, new ParseOptions("bmc", "2022-11-20", CORRECTIONS));
    assertThat(r.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    assertThat(r.service().operation("DescribeZones").orElseThrow().wireName()).isEqualTo("ZoneDetails");
    assertThat(r.service().operation("ModifyInstanceAttribute").orElseThrow().wireName())
        .isEqualTo("ModifyInstancesAttribute");
    assertThat(codes(r, "OVERRIDE_UNKNOWN_ACTION")).extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("these docs have no action InquiryPriceInstanceBandwidth"));
    assertThat(codes(r, "OVERRIDE_ALREADY_APPLIED")).extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("structure InstanceType already has isHA as Boolean"));
    // specs/bmc has DescribeInstances, not the EIP, CIDR block and VPC pages
    assertThat(r.service().waiters()).extracting(Waiter::name).containsExactly("InstanceReleased",
        "InstanceRunning", "InstanceStopped", "InstanceTerminated");
    assertThat(codes(r, "WAITER_UNKNOWN_ACTION")).extracting(Diagnostic::message)
        .anyMatch(m -> m.startsWith("waiter EipAvailable polls DescribeEipAddresses, which these docs do not have"))
        .hasSize(4);
    assertThat(r.diagnostics()).filteredOn(d -> d.code().startsWith("OVERRIDE_"))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.NOTE));
    assertThat(r.diagnostics()).filteredOn(d -> d.code().startsWith("WAITER_"))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.NOTE));
  }

  private static List<Diagnostic> codes(ParseResult r, String code) {
    return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  private static List<Member> response(Service s, String action) {
    Operation op = s.operation(action).orElseThrow();
    return op.response();
  }

  private static StructureShape structure(Service s, String name) {
    return s.structures().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> names(List<Member> members) {
    return members.stream().map(Member::name).toList();
  }

  private static String type(List<Member> members, String name) {
    return members.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().type().describe();
  }
}
