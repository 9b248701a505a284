package io.github.docsdk.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  private static final SourceLocation AT = SourceLocation.of("dir:with:colons/a.md", 3, 5);

  static Service sample() {
    Member zone = new Member("zoneId", TypeRef.STRING, true, "the zone", AT);
    Member images = new Member("images", TypeRef.listOf(TypeRef.structure("ImageInfo")), false, "", AT);
    return new Service("bmc", "2022-11-20",
        List.of(new Operation("DescribeImages", "DescribeImages", "lists images", List.of("a note"),
            List.of(zone), List.of(images), List.of(new ErrorCode(404, "NOT_FOUND", "gone", AT)),
            List.of(new Example("ex", "h", "DescribeImages", "{}", "{\"response\":{}}", AT)), AT)),
        List.of(
            new EnumShape("Catalog", "", List.of(new EnumValue("centos", "CentOS")), AT),
            new StructureShape("ImageInfo", "ImageInfo", "", List.of(
                new Member("catalog", TypeRef.enumeration("Catalog"), false, "", AT)), AT)),
        List.of(new ErrorCode(null, "INTERNAL", "", AT)));
  }

  @Test
  void roundTripGivesAnEqualModel() {
    Service s = sample();
    String json = ModelJson.write(s);
    assertThat(ModelJson.read(json)).isEqualTo(s);
    assertThat(ModelJson.write(ModelJson.read(json))).isEqualTo(json);
  }

  @Test
  void traitsAreWrittenAndRead() {
    Service s = sample();
    Operation op = s.operations().get(0).withTraits(true,
        new Pagination("pageNum", "pageSize", "totalCount", "images"));
    Member secret = new Member("password", TypeRef.STRING, false, "", AT, true);
    Service traits = new Service(s.name(), s.apiVersion(), List.of(new Operation(op.name(), op.wireName(),
        op.description(), op.notes(), List.of(secret), op.response(), op.errors(), op.examples(), op.location())
        .withTraitsOf(op)), s.shapes(), s.commonErrors());
    String json = ModelJson.write(traits);
    assertThat(json).contains("\"docsdkModel\" : 2", "\"readOnly\" : true", "\"sensitive\" : true",
        "\"items\" : \"images\"");
    assertThat(ModelJson.read(json)).isEqualTo(traits);
    // absent traits: not read-only, no pagination, not sensitive
    assertThat(ModelJson.write(s)).contains("\"readOnly\" : false").doesNotContain("pagination", "sensitive");
  }

  static Resource instance() {
    return Resource.builder()
        .name("Instance")
        .create(ResourceCreate.builder().action("CreateInstances").ids("instanceIdSet").count("amount")
            .members(Map.of("instanceName", "instanceName")).states(List.of("CREATING", "BOOTING"))
            .settles("RUNNING").fullError("QUOTA").build())
        .list(ResourceList.builder().action("DescribeInstances").items("dataSet").id("instanceId")
            .status("instanceStatus").filter("instanceIds").build())
        .actions(List.of(
            ResourceAction.builder().action("StopInstances").ids("instanceIds").from(List.of("RUNNING"))
                .via(List.of("STOPPING")).to("STOPPED").denied("NOT_RUNNING")
                .deniedIn(Map.of("RECYCLE", "RECYCLED")).build(),
            ResourceAction.builder().action("ReleaseInstances").ids("instanceIds").from(List.of("RECYCLE"))
                .removes(true).build()))
        .notFound("NOT_FOUND")
        .location(AT)
        .build();
  }

  @Test
  void resourcesAreWrittenAndReadAndLeftOutWhenNone() {
    Service s = sample().withResources(List.of(instance()));
    String json = ModelJson.write(s);
    assertThat(json).contains("\"resources\"", "\"settles\" : \"RUNNING\"", "\"removes\" : true",
        "\"deniedIn\" : {\n");
    Service read = ModelJson.read(json);
    assertThat(read).isEqualTo(s);
    // sorted by action name whatever the declaration order
    assertThat(read.resources().get(0).actions()).extracting(ResourceAction::action)
        .containsExactly("ReleaseInstances", "StopInstances");
    assertThat(read.resources().get(0).action("ReleaseInstances").orElseThrow().to()).isNull();
    assertThat(ModelJson.write(sample())).doesNotContain("resources");
    assertThat(ModelJson.write(read)).isEqualTo(json);
  }

  @Test
  void anIncompleteResourceIsRefusedWithItsName() {
    String json = ModelJson.write(sample().withResources(List.of(instance())))
        .replace("\"settles\" : \"RUNNING\",", "");
    assertThatThrownBy(() -> ModelJson.read(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resource Instance").hasMessageContaining("settles");
  }

  @Test
  void anActionNeedsATargetOrRemoval() {
    assertThatThrownBy(() -> ResourceAction.builder().action("A").ids("ids").build())
        .hasMessageContaining("either a target state or removes");
  }

  @Test
  void aFormatOneModelGetsTheTraitsItsWriterUsed() {
    String v1 = ModelJson.write(sample()).replace("\"docsdkModel\" : 2", "\"docsdkModel\" : 1")
        .replace("\"readOnly\" : false,", "");
    Operation op = ModelJson.read(v1).operations().get(0);
    assertThat(op.readOnly()).isTrue(); // DescribeImages
    assertThat(op.pagination()).isEmpty(); // no pageNum/pageSize/totalCount
  }

  @Test
  void refusesWhatIsNotAModel() {
    assertThatThrownBy(() -> ModelJson.read("[]")).hasMessageContaining("not a docsdk model");
    assertThatThrownBy(() -> ModelJson.read("{\"docsdkModel\":" + ModelJson.FORMAT_VERSION + "}"))
        .hasMessageContaining("no 'service' name");
    assertThatThrownBy(() -> ModelJson.read("{")).hasMessageContaining("not JSON");
  }

  @Test
  void valuesCompareByContent() {
    assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
    assertThat(TypeRef.listOf(TypeRef.STRING).toString())
        .isEqualTo("TypeRef[kind=LIST, shape=null, element=TypeRef[kind=STRING, shape=null, element=null]]");
  }
}
