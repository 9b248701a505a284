package io.github.docsdk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.spec.Diagnostic;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.StructureShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Docs trees written by us in the dialect of the Zenlayer docs but with variants the shared bmc
 * corpus lacks (English pages, HTML tables, CRLF and BOM, odd type spellings, nested rows,
 * structures on action pages, index pages, second H1s): the parser must find every action with
 * the intended members, and say where it bent the rules. Pages live in
 * {@code src/test/resources/heldout-like/<folder>}.
 */
class HeldOutDialectTest {

  static Path folder(String name) {
    Path p = TestCorpus.repoRoot().resolve("generator/src/test/resources/heldout-like/" + name);
    assertThat(Files.isDirectory(p)).as("test docs %s", p).isTrue();
    return p;
  }

  static ParseResult parse(String name) {
    return DocsParser.parse(folder(name), ParseOptions.of(name, "2022-11-20"));
  }

  /** {@code name:Type} with {@code !} for required members, in table order. */
  static String members(List<Member> members) {
    return members.stream()
        .map(m -> m.name() + ":" + m.type().describe() + (m.required() ? "!" : ""))
        .collect(Collectors.joining(", "));
  }

  static Operation op(Service s, String name) {
    return s.operation(name).orElseThrow(() -> new AssertionError("no action " + name + " in "
        + s.operations().stream().map(Operation::name).toList()));
  }

  static StructureShape structure(Service s, String name) {
    Shape shape = s.shape(name).orElseThrow(() -> new AssertionError("no shape " + name));
    assertThat(shape).isInstanceOf(StructureShape.class);
    return (StructureShape) shape;
  }

  static List<String> enumValues(Service s, String name) {
    Shape shape = s.shape(name).orElseThrow(() -> new AssertionError("no shape " + name));
    assertThat(shape).isInstanceOf(EnumShape.class);
    return ((EnumShape) shape).values().stream().map(EnumValue::value).toList();
  }

  static List<String> codes(ParseResult r, String fileAndLine) {
    return r.diagnostics().stream()
        .filter(d -> (d.location().file() + ":" + d.location().line()).equals(fileAndLine))
        .map(Diagnostic::code).toList();
  }

  static void locatedAndCoded(ParseResult r) {
    assertThat(r.hasErrors()).as("errors: %s", r.diagnostics()).isFalse();
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.location().line()).as(d.format()).isPositive();
      assertThat(d.location().column()).as(d.format()).isPositive();
      assertThat(d.code()).as(d.format()).matches("[A-Z][A-Z_]+");
      assertThat(d.format()).matches("[^:]+\\.md:\\d+:\\d+: (note|warning): \\[[A-Z_]+] .+");
    }
  }

  @Test
  void englishVmPages() {
    ParseResult r = parse("vm-en");
    Service s = r.service();
    locatedAndCoded(r);
    // README's link list and its "Request Parameters" heading with no table make no action
    assertThat(s.operations()).extracting(Operation::name).containsExactly("CreateInstances", "DescribeInstances");

    Operation describe = op(s, "DescribeInstances");
    assertThat(members(describe.request())).isEqualTo("instanceIds:List<String>, zoneId:String, "
        + "status:enum Status, pageSize:Integer, pageNum:Integer, withTags:Boolean");
    assertThat(members(describe.response()))
        .isEqualTo("requestId:String, totalCount:Integer, dataSet:List<InstanceInfo>");
    assertThat(enumValues(s, "Status")).containsExactly("RUNNING", "STOPPED", "DELETING");
    assertThat(describe.errors()).extracting(e -> e.httpStatus() + " " + e.code())
        .containsExactly("404 INVALID_ZONE_NOT_FOUND", "400 INVALID_PAGE_SIZE");
    assertThat(describe.notes()).singleElement().asString().contains("page size is 20");
    Example ex = describe.examples().get(0);
    assertThat(ex.host()).isEqualTo("console.zenlayer.com/api/v2/vm");
    assertThat(ex.action()).isEqualTo("DescribeInstances");
    assertThat(describe.examples()).anySatisfy(e -> assertThat(e.response()).contains("\"totalCount\": 1"));
    assertThat(members(structure(s, "InstanceInfo").members())).isEqualTo("instanceId:String, instanceName:String, "
        + "cpu:Integer, createTime:Timestamp, tags:List<Tag>, metadata:String");
    assertThat(codes(r, "api-reference/instances/describeinstances.md:18")).contains("TYPE_SPELLING");

    // CRLF line endings, a BOM, HTML tables with <p> cells, examples split over tabs
    Operation create = op(s, "CreateInstances");
    assertThat(members(create.request())).isEqualTo("zoneId:String!, instanceType:String!, amount:Integer, "
        + "chargeType:enum ChargeType, tags:List<Tag>");
    assertThat(members(create.response())).isEqualTo("requestId:String, instanceIdSet:List<String>, orderNumber:String");
    assertThat(enumValues(s, "ChargeType")).containsExactly("PREPAID", "POSTPAID");
    assertThat(create.location().line()).isEqualTo(1);
    assertThat(create.examples()).anySatisfy(e -> assertThat(e.request()).contains("c1.small"));
    assertThat(create.examples()).anySatisfy(e -> assertThat(e.response()).contains("O-1"));
    assertThat(codes(r, "api-reference/instances/createinstances.md:30")).contains("TYPE_SPELLING");
  }

  @Test
  void chineseSdnPagesWithOddMarkup() {
    ParseResult r = parse("sdn-zh");
    Service s = r.service();
    locatedAndCoded(r);
    assertThat(s.operations()).extracting(Operation::name).containsExactly("CreateCircuit", "DescribeCircuits");

    Operation create = op(s, "CreateCircuit");
    // a zero-width space inside a name and a non-breaking space after one are dropped
    assertThat(members(create.request())).isEqualTo("circuitName:String!, regionId:String!, bandwidth:Integer!, "
        + "protocol:enum Protocol, endpoints:List<List<String>>, labels:String, options:String, config:CircuitConfig");
    assertThat(codes(r, "actions/createcircuit.md:11")).contains("INVISIBLE_CHARACTER");
    assertThat(codes(r, "actions/createcircuit.md:16")).containsExactly("FREEFORM_TYPE");
    assertThat(enumValues(s, "Protocol")).containsExactly("BGP", "STATIC");
    assertThat(members(create.response())).isEqualTo("requestId:String, circuitId:String, createTime:Timestamp");
    assertThat(create.examples()).anySatisfy(e -> {
      assertThat(e.host()).isEqualTo("console.zenlayer.com/api/v2/sdn");
      assertThat(e.request()).contains("\"bandwidth\": 100");
    });

    // backticked action name followed by Chinese; fullwidth parentheses; a trailing "##"
    Operation describe = op(s, "DescribeCircuits");
    assertThat(codes(r, "actions/describecircuits.md:5")).contains("ACTION_TITLE");
    assertThat(members(describe.request())).isEqualTo("circuitIds:List<String>, regionId:String, "
        + "bandwidthMbps:Double, pageNum:Integer, pageSize:Integer");
    assertThat(members(describe.response())).isEqualTo("requestId:String, totalCount:Integer, dataSet:List<CircuitInfo>");
    assertThat(describe.errors()).extracting(e -> e.httpStatus() + " " + e.code())
        .containsExactly("404 INVALID_REGION_NOT_FOUND");
    assertThat(describe.description()).contains("查询专线列表");
    // nested rows are reported as such; the structure comes from the same page's "## CircuitInfo"
    assertThat(codes(r, "actions/describecircuits.md:35")).contains("NESTED_MEMBER_ROW");
    assertThat(codes(r, "actions/describecircuits.md:36")).contains("NESTED_MEMBER_ROW");
    assertThat(members(structure(s, "CircuitInfo").members()))
        .isEqualTo("circuitId:String, status:String, ports:List<String>");
    assertThat(codes(r, "actions/describecircuits.md:57")).contains("SHAPE_ON_ACTION_PAGE");
    assertThat(members(structure(s, "CircuitConfig").members()))
        .isEqualTo("mtu:Integer, vlanId:Integer!, mode:enum CircuitMode, enabled:Boolean, peers:List<String>, "
            + "portList:PortList"); // Chinese type names; "PortList" is a structure, not a list
    assertThat(codes(r, "datastructure.md:10")).containsExactly("TYPE_SPELLING");
    assertThat(members(structure(s, "PortList").members())).isEqualTo("count:Integer");
    assertThat(enumValues(s, "CircuitMode")).containsExactly("ACTIVE_STANDBY", "LOAD_BALANCE");
  }

  @Test
  void mixedTrafficPagesWithSecondH1AndTypesOnlyPage() {
    ParseResult r = parse("traffic-mixed");
    Service s = r.service();
    locatedAndCoded(r);
    // the README is a table of links: no action
    assertThat(s.operations()).extracting(Operation::name).containsExactly("DescribeTrafficPackages");
    Operation op = op(s, "DescribeTrafficPackages");
    assertThat(members(op.request()))
        .isEqualTo("packageIds:List<String>, packageType:enum PackageType, startTime:Timestamp!");
    assertThat(codes(r, "ops/describe-traffic-packages.md:5")).contains("SECTION_LEVEL");
    assertThat(members(op.response())).isEqualTo("requestId:String, packages:List<TrafficPackage>");
    assertThat(op.description()).contains("traffic packages of the account");
    assertThat(members(structure(s, "TrafficPackage").members()))
        .isEqualTo("packageId:String, usedBytes:Integer, packageType:enum PackageType");
    assertThat(enumValues(s, "PackageType")).containsExactly("MONTHLY", "ONE_OFF");
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("EXAMPLE_KEY_NOT_IN_TABLE"));
  }

  @Test
  void zecPagesWithEnglishEdgeCases() {
    ParseResult r = parse("zec-edge");
    Service s = r.service();
    locatedAndCoded(r);
    // README with a table of links and a "Data types" heading: no action, no structure
    assertThat(s.operations()).extracting(Operation::name).containsExactly("DescribeZones", "RebootInstances", "ResizeDisk");
    assertThat(s.shapes()).extracting(Shape::name).containsExactlyInAnyOrder("DiskCategory", "Region", "ZoneInfo");

    Operation zones = op(s, "DescribeZones");
    // "List<Long>" unescaped in Markdown would read as "List" plus an HTML tag
    assertThat(members(zones.request())).isEqualTo("zoneIds:List<Integer>, ids:List<Integer>, "
        + "limits:List<Integer>, region:enum Region!");
    assertThat(codes(r, "api/describe-zones.md:13")).contains("TYPE_SPELLING").doesNotContain("UNDEFINED_TYPE");
    assertThat(enumValues(s, "Region")).containsExactly("ASIA", "EUROPE", "AMERICA");
    // a GitBook URL to another product's data-type page resolves by anchor; backticked heading
    assertThat(members(zones.response())).isEqualTo("requestId:String, zoneSet:List<ZoneInfo>");
    assertThat(members(structure(s, "ZoneInfo").members())).isEqualTo("zoneId:String, zoneName:String, cityName:String");
    // examples in <details> blocks
    assertThat(zones.examples()).anySatisfy(e -> assertThat(e.request()).contains("ASIA"));
    assertThat(zones.examples()).anySatisfy(e -> assertThat(e.response()).contains("Tokyo"));
    assertThat(zones.errors()).extracting(e -> e.httpStatus() + " " + e.code()).containsExactly("400 INVALID_REGION");

    // title with a trailing entity; footnotes; text after the JSON inside the code block
    Operation resize = op(s, "ResizeDisk");
    assertThat(members(resize.request())).isEqualTo("diskId:String!, diskSize:Integer!, type:enum DiskCategory");
    assertThat(enumValues(s, "DiskCategory")).containsExactly("SSD", "HDD");
    assertThat(resize.examples()).singleElement().satisfies(e -> {
      assertThat(e.host()).isEqualTo("console.zenlayer.com/api/v2/zec");
      assertThat(e.response()).startsWith("{").contains("differs on every call");
    });
    assertThat(codes(r, "api/resize-disk.md:35")).containsExactly("EXAMPLE_TRAILING_TEXT");
  }

  @Test
  void titleWithSpacesParamHeadersAndSplitExampleSections() {
    ParseResult r = parse("zec-edge");
    Service s = r.service();
    // "# Reboot Instances": the examples' X-ZC-Action spells the action the title spaces out
    Operation reboot = op(s, "RebootInstances");
    assertThat(codes(r, "api/reboot-instances.md:1")).contains("ACTION_TITLE");
    // "Param | Type | Is Required | Description", "String List", "Conditional"
    assertThat(members(reboot.request())).isEqualTo("instanceIds:List<String>!, forceReboot:Boolean");
    assertThat(codes(r, "api/reboot-instances.md:10")).contains("REQUIRED_UNREADABLE");
    // "## Return Values" is the response section
    assertThat(members(reboot.response())).isEqualTo("requestId:String");
    // "## Request Example" and "## Response Example" make one example
    assertThat(reboot.examples()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("RebootInstances");
      assertThat(e.request()).contains("i-1");
      assertThat(e.response()).contains("B1");
    });
    // "HTTP Code | Error Code | Error Message"
    assertThat(reboot.errors()).singleElement().satisfies(e -> {
      assertThat(e.httpStatus()).isEqualTo(404);
      assertThat(e.description()).isEqualTo("No such instance.");
    });
  }

  @Test
  void htmlTablesWithExtraColumnsRemarksAndListedEnums() {
    ParseResult r = parse("ccs-html");
    Service s = r.service();
    locatedAndCoded(r);
    Operation op = op(s, "CreateSnapshot");
    // <th> header row without <thead>, a Default column, <code> names, check-mark required cells,
    // "name (optional)"
    assertThat(members(op.request())).isEqualTo("diskId:String!, name:String, policy:SnapshotPolicy");
    assertThat(codes(r, "createsnapshot.md:7")).containsExactly("MEMBER_NAME_REMARK");
    // links whose anchors carry the heading's remark ("#snapshotinfo-snapshot-details")
    assertThat(members(op.response())).isEqualTo("requestId:String, snapshot:SnapshotInfo");
    assertThat(codes(r, "createsnapshot.md:17")).containsExactly("NESTED_MEMBER_ROW");
    assertThat(op.errors()).singleElement().satisfies(e -> {
      assertThat(e.httpStatus()).isNull();
      assertThat(e.code()).isEqualTo("INVALID_DISK");
    });
    // an enum section written as a list; a "Notes" list is prose, not an enum
    assertThat(members(structure(s, "SnapshotInfo").members())).isEqualTo("snapshotId:String, status:enum SnapshotStatus");
    assertThat(enumValues(s, "SnapshotStatus")).containsExactly("CREATING", "AVAILABLE", "FAILED");
    assertThat(codes(r, "types.md:16")).containsExactly("ENUM_AS_LIST");
    assertThat(s.shape("Notes")).isEmpty();
  }

  @Test
  void secondH1NamesTheActionAndCurlExamples() {
    ParseResult r = parse("user-billing");
    Service s = r.service();
    locatedAndCoded(r);
    // "# 查询余额" then "# DescribeBalance"; the README's "## DescribeBalance" heading is no action
    assertThat(s.operations()).extracting(Operation::name).containsExactly("DescribeBalance");
    assertThat(codes(r, "balance/describebalance.md:3")).contains("ACTION_TITLE");
    Operation op = op(s, "DescribeBalance");
    assertThat(op.request()).isEmpty(); // "None."
    assertThat(members(op.response())).isEqualTo("requestId:String, balance:Bigdecimal, currency:String");
    // a curl command and a following response block make one example
    assertThat(op.examples()).singleElement().satisfies(e -> {
      assertThat(e.host()).isEqualTo("console.zenlayer.com/api/v2/user");
      assertThat(e.action()).isEqualTo("DescribeBalance");
      assertThat(e.request()).isEqualTo("{}");
      assertThat(e.response()).contains("\"currency\": \"USD\"");
    });
    assertThat(r.diagnostics()).noneMatch(d -> d.code().startsWith("EXAMPLE_"));
  }

  @Test
  void englishEnumListsAndFreeFormTypes() {
    ParseResult r = parse("zec-enums");
    Service s = r.service();
    locatedAndCoded(r);
    Operation op = op(s, "DescribeDisks");
    assertThat(members(op.request())).isEqualTo("status:enum Status, category:enum Category, mode:enum Mode, "
        + "kind:enum Kind, labels:Labels");
    assertThat(enumValues(s, "Status")).containsExactly("AVAILABLE", "IN_USE"); // "`AVAILABLE` - The disk is free."
    assertThat(enumValues(s, "Category")).containsExactly("SSD", "HDD"); // "**SSD**: solid state"
    assertThat(enumValues(s, "Mode")).containsExactly("FAST", "SLOW"); // "One of `FAST`, `SLOW`."
    assertThat(enumValues(s, "Kind")).containsExactly("SYSTEM", "DATA"); // "SYSTEM (system disk), DATA (...)"
    // "Map<String, String>" and "Object": free-form, named after the member, members from the example
    assertThat(members(op.response())).isEqualTo("requestId:String, extra:Extra");
    assertThat(members(structure(s, "Labels").members())).isEqualTo("a:String");
    assertThat(members(structure(s, "Extra").members())).isEqualTo("x:Integer");
    assertThat(codes(r, "describedisks.md:11")).containsExactly("FREEFORM_TYPE");
    assertThat(codes(r, "describedisks.md:18")).containsExactly("FREEFORM_TYPE");
    assertThat(s.shape("Object")).isEmpty();
  }

  @Test
  void rowsIndentedWithEntitiesAreNestedNotTopLevel() {
    ParseResult r = parse("vm-nested");
    Service s = r.service();
    locatedAndCoded(r);
    Operation op = op(s, "DescribeRoutes");
    // "&nbsp;&nbsp;routeId" and "&emsp;cidr" belong to RouteInfo, not to the response
    assertThat(members(op.response())).isEqualTo("requestId:String, routes:List<RouteInfo>");
    assertThat(codes(r, "describeroutes.md:9")).containsExactly("NESTED_MEMBER_ROW");
    assertThat(codes(r, "describeroutes.md:10")).containsExactly("NESTED_MEMBER_ROW");
    assertThat(members(structure(s, "RouteInfo").members())).isEqualTo("routeId:String, cidr:String");
  }

  @Test
  void actionTitleVariants() {
    ParseResult r = parse("titles");
    locatedAndCoded(r);
    // emphasis, fullwidth brackets, an English gloss, an "API:" prefix, a number, a Chinese prefix
    assertThat(r.service().operations()).extracting(Operation::name)
        .containsExactly("DescribeA", "DescribeB", "DescribeC", "DescribeD", "DescribeE", "DescribeF");
    assertThat(codes(r, "describea.md:1")).contains("HEADING_EMPHASIS");
    for (String page : List.of("describeb", "describec", "described", "describee", "describef")) {
      assertThat(codes(r, page + ".md:1")).as(page).contains("ACTION_TITLE");
    }
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("FILENAME_MISMATCH"));
  }

  @Test
  void requestTableUnderANumberedSubHeadingAndStructureUnderResponse() {
    ParseResult r = parse("billing-sub");
    Service s = r.service();
    locatedAndCoded(r);
    Operation op = op(s, "CreateOrder");
    // "### 2.1 Body parameters" holds the request table; "### OrderItem" under the response defines a type
    assertThat(members(op.request())).isEqualTo("productId:String!, quantity:Integer");
    assertThat(codes(r, "createorder.md:7")).containsExactly("TABLE_UNDER_SUBHEADING");
    assertThat(members(op.response())).isEqualTo("requestId:String, orderId:String, items:List<OrderItem>");
    assertThat(members(structure(s, "OrderItem").members())).isEqualTo("sku:String");
    assertThat(codes(r, "createorder.md:20")).containsExactly("SHAPE_ON_ACTION_PAGE");
  }
}
