package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared bare-metal docs: every action, every structure, every known oddity reported. */
class CorpusParseTest {

  private static ParseResult result;
  private static Path root;

  @BeforeAll
  static void parse() {
    root = TestCorpus.luoJinShu();
    result = DocsParser.parse(root, TestCorpus.options("bmc", "2022-11-20"));
  }

  @Test
  void everyActionPageBecomesAnOperationNamedByItsH1() throws IOException {
    Set<String> h1s = new TreeSet<>();
    for (Path p : TestCorpus.markdownFiles(root)) {
      String text = Files.readString(p);
      if (text.contains("## 2. 请求参数") || text.contains("输入参数")) {
        Matcher m = Pattern.compile("(?m)^# (\\w+)\\s*$").matcher(text);
        assertThat(m.find()).as(p.toString()).isTrue();
        h1s.add(m.group(1));
      }
    }
    Set<String> names = result.service().operations().stream().map(Operation::name).collect(Collectors.toCollection(TreeSet::new));
    assertThat(names).hasSize(69).isEqualTo(h1s).contains("ModifyInstancesResourceGroup");
    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
  }

  @Test
  void everyStructureHeadingOfTheDataStructurePageIsAShape() throws IOException {
    List<String> headings = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("datastructure.md"))) {
      if (line.startsWith("## ")) {
        headings.add(line.substring(3).strip());
      }
    }
    Set<String> shapes = result.service().shapes().stream().map(Shape::name).collect(Collectors.toSet());
    assertThat(headings).hasSizeGreaterThan(30);
    assertThat(shapes).containsAll(headings);
  }

  @Test
  void everyReferenceResolvesToAShapeOfTheService() {
    Service s = result.service();
    Set<String> names = s.shapes().stream().map(Shape::name).collect(Collectors.toSet());
    List<Member> all = new ArrayList<>();
    s.operations().forEach(op -> {
      all.addAll(op.request());
      all.addAll(op.response());
    });
    s.structures().forEach(st -> all.addAll(st.members()));
    for (Member m : all) {
      TypeRef t = m.type();
      while (t.kind() == TypeRef.Kind.LIST) {
        t = t.element();
      }
      if (t.shape() != null) {
        assertThat(names).as(m.name() + " -> " + t.shape()).contains(t.shape());
      }
    }
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void makesTheCallsTheOddDocsNeed() {
    Service s = result.service();
    Operation zones = s.operation("DescribeZones").orElseThrow();
    TypeRef zoneSet = zones.response().stream().filter(m -> m.name().equals("zoneSet")).findFirst().orElseThrow().type();
    assertThat(zoneSet.describe()).isEqualTo("List<Zone>");
    StructureShape zone = (StructureShape) s.shape("Zone").orElseThrow();
    assertThat(zone.members()).extracting(Member::name).containsExactly("zoneId", "zoneName", "cityName", "areaName");

    Operation images = s.operation("DescribeImages").orElseThrow();
    assertThat(images.request()).filteredOn(m -> m.name().equals("catalog")).extracting(m -> m.type().describe())
        .containsExactly("enum Catalog");
    assertThat(images.errors()).extracting(e -> e.httpStatus() + " " + e.code())
        .containsExactly("404 INVALID_INSTANCE_TYPE_NOT_FOUND");
    assertThat(s.commonErrors()).extracting(e -> e.code()).contains("INTERNAL_SERVER_ERROR", "MISSING_PARAMETER");

    Operation price = s.operation("InquiryPriceCreateInstance").orElseThrow();
    assertThat(price.request()).extracting(Member::name).contains("instanceChargePrepaid")
        .doesNotContain("InstanceChargePrepaid");
    StructureShape p = (StructureShape) s.shape("Price").orElseThrow();
    assertThat(p.members()).extracting(Member::name).contains("originalPrice");
    StructureShape partition = (StructureShape) s.shape("Partition").orElseThrow();
    assertThat(partition.members()).filteredOn(m -> m.name().equals("fsType"))
        .extracting(m -> m.type().describe()).containsExactly("String");
    StructureShape instance = (StructureShape) s.shape("InstanceInfo").orElseThrow();
    assertThat(instance.members()).filteredOn(m -> m.name().equals("instanceStatus"))
        .extracting(m -> m.type().describe()).containsExactly("enum InstanceStatus");
    assertThat(s.shape("AvailableResource").map(x -> ((StructureShape) x).members().stream()
        .filter(m -> m.name().equals("internetChargeTypes")).findFirst().orElseThrow().type().describe()))
        .contains("List<enum InternetChargeType>");
  }

  @Test
  void oneProductFolderStillFindsTheStructuresItLinksTo() {
    ParseResult bmc = DocsParser.parse(root.resolve("bmc"), TestCorpus.options("bmc", "2022-11-20"));
    assertThat(bmc.service().operations()).hasSize(22);
    Operation images = bmc.service().operation("DescribeImages").orElseThrow();
    assertThat(images.response()).extracting(m -> m.type().describe()).contains("List<ImageInfo>");
    assertThat(bmc.service().shape("ImageInfo").orElseThrow().location().file()).isEqualTo("../datastructure.md");
    assertThat(bmc.hasErrors()).isFalse();
  }

  /** Lines of KNOWN-ODDITIES.md: {@code   luo-jin-shu/bmc/x.md:45  message}. */
  @Test
  void reportsEveryKnownOddityAtItsFileAndLine() throws IOException {
    Path known = TestCorpus.corpus().resolve("KNOWN-ODDITIES.md");
    Pattern entry = Pattern.compile("^\\s+luo-jin-shu/(\\S+?):(\\d+)\\s+(.*)$");
    Set<String> reported = new TreeSet<>();
    for (Diagnostic d : result.diagnostics()) {
      reported.add(d.location().file() + ":" + d.location().line());
    }
    List<String> missing = new ArrayList<>();
    int count = 0;
    for (String line : Files.readAllLines(known)) {
      Matcher m = entry.matcher(line);
      if (m.matches()) {
        count++;
        if (!reported.contains(m.group(1) + ":" + m.group(2))) {
          missing.add(line.strip());
        }
      }
    }
    assertThat(count).isGreaterThan(100);
    assertThat(missing).as("known oddities without a diagnostic at their line").isEmpty();
  }

  @Test
  void diagnosticsAreFormattedForTerminalsAndIdes() {
    assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d ->
        assertThat(d.format()).matches("[^ ]+:\\d+:\\d+: (note|warning|error): \\[[A-Z_]+] .+"));
  }
}
