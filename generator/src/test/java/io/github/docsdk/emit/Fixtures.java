package io.github.docsdk.emit;

import io.github.docsdk.spec.DefaultTraits;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import io.github.docsdk.spec.Waiter;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built spec models for the emitter tests (the parser is not involved). */
final class Fixtures {

  static final SourceLocation AT = SourceLocation.of("fixture.md", 1, 1);

  private Fixtures() {}

  static Member m(String name, TypeRef type, String description) {
    return new Member(name, type, false, description, AT);
  }

  static Member req(String name, TypeRef type, String description) {
    return new Member(name, type, true, description, AT);
  }

  static Operation op(String name, String description, List<Member> request, List<Member> response,
      List<ErrorCode> errors) {
    return new Operation(name, name, description, List.of(), request, response, errors, List.of(), AT);
  }

  static EnumShape enumShape(String name, String... valueAndMeaning) {
    List<EnumValue> values = new ArrayList<>();
    for (int i = 0; i < valueAndMeaning.length; i += 2) {
      values.add(new EnumValue(valueAndMeaning[i], valueAndMeaning[i + 1]));
    }
    return new EnumShape(name, "", values, AT);
  }

  /** A slice of bmc: the seed action, a paginated action, an action with required members. */
  static Service bmc() {
    TypeRef catalog = TypeRef.enumeration("Catalog");
    TypeRef imageType = TypeRef.enumeration("ImageType");
    TypeRef status = TypeRef.enumeration("InstanceStatus");
    List<Shape> shapes = List.of(
        enumShape("Catalog", "centos", "", "windows", "", "ubuntu", ""),
        enumShape("ImageType", "PUBLIC_IMAGE", "公共镜像。", "CUSTOM_IMAGE", "自定义镜像。"),
        enumShape("InstanceStatus", "RUNNING", "运行中", "STOPPED", "已关机"),
        new StructureShape("ImageInfo", "ImageInfo", "镜像信息。", List.of(
            m("imageId", TypeRef.STRING, "镜像ID。"),
            m("imageName", TypeRef.STRING, "镜像名称。"),
            m("catalog", catalog, "镜像所属分类。"),
            m("imageType", imageType, "镜像类型。"),
            m("osType", TypeRef.STRING, "操作系统类型。")), AT),
        new StructureShape("InstanceInfo", "InstanceInfo", "实例信息。", List.of(
            m("instanceId", TypeRef.STRING, "实例ID。"),
            m("status", status, "实例状态。"),
            m("createTime", TypeRef.TIMESTAMP, "创建时间。"),
            m("cpuCount", TypeRef.INTEGER, "CPU 核数。"),
            m("price", TypeRef.BIGDECIMAL, "价格。"),
            m("bandwidthOutMbps", TypeRef.DOUBLE, "带宽，单位 Mbps。"),
            m("isHA", TypeRef.BOOLEAN, "是否高可用。"),
            m("adminPassword", TypeRef.STRING, "管理员密码。"),
            m("tags", TypeRef.listOf(TypeRef.STRING), "标签。"),
            m("statusHistory", TypeRef.listOf(status), "历史状态。"),
            m("image", TypeRef.structure("ImageInfo"), "镜像。")), AT),
        new StructureShape("ChargePrepaid", "ChargePrepaid", "预付费参数。", List.of(
            req("period", TypeRef.INTEGER, "购买时长，单位：月。"),
            m("autoRenew", TypeRef.BOOLEAN, "自动续费。")), AT),
        new StructureShape("DiskSpec", "DiskSpec", "", List.of(
            req("diskSize", TypeRef.INTEGER, "大小 (GB)。"),
            m("diskName", TypeRef.STRING, "")), AT));
    Operation describeImages = op("DescribeImages", "调用本接口用于查看镜像列表。",
        List.of(
            m("imageIds", TypeRef.listOf(TypeRef.STRING), "镜像ID。"),
            m("imageName", TypeRef.STRING, "镜像名称。"),
            m("catalog", catalog, "镜像所属分类。"),
            m("imageType", imageType, "镜像类型。")),
        List.of(
            m("requestId", TypeRef.STRING, "唯一请求 ID。"),
            m("images", TypeRef.listOf(TypeRef.structure("ImageInfo")), "结果集。")),
        List.of(new ErrorCode(404, "INVALID_INSTANCE_TYPE_NOT_FOUND", "指定的机型不存在。", AT)));
    Operation describeInstances = op("DescribeInstances", "查询实例列表。",
        List.of(
            m("instanceIds", TypeRef.listOf(TypeRef.STRING), "实例ID。"),
            m("status", status, "状态。"),
            m("pageNum", TypeRef.INTEGER, "页码，默认 1。"),
            m("pageSize", TypeRef.INTEGER, "每页数量。")),
        List.of(
            m("requestId", TypeRef.STRING, ""),
            m("totalCount", TypeRef.INTEGER, "总数。"),
            m("dataSet", TypeRef.listOf(TypeRef.structure("InstanceInfo")), "实例列表。")),
        List.of());
    Operation createInstances = new Operation("CreateInstances", "CreateInstances", "创建实例。",
        List.of("创建前请先询价。"),
        List.of(
            req("zoneId", TypeRef.STRING, "可用区。"),
            req("instanceTypeId", TypeRef.STRING, "机型。"),
            req("imageType", imageType, "镜像类型。"),
            req("sshKeys", TypeRef.listOf(TypeRef.STRING), "密钥。"),
            m("instanceChargePrepaid", TypeRef.structure("ChargePrepaid"), "预付费参数。"),
            m("disks", TypeRef.listOf(TypeRef.structure("DiskSpec")), "数据盘。"),
            m("password", TypeRef.STRING, "密码。")),
        List.of(
            m("requestId", TypeRef.STRING, ""),
            m("instanceIdSet", TypeRef.listOf(TypeRef.STRING), "实例ID。")),
        List.of(
            new ErrorCode(400, "INVALID_ZONE", "可用区不存在。", AT),
            new ErrorCode(403, "OPERATION_DENIED_INSUFFICIENT_BALANCE", "余额不足。", AT)),
        List.of(new Example("", "console.zenlayer.com/api/v2/bmc", "CreateInstances", "{}", "{}", AT)),
        AT);
    // with the traits parse would decide (read-only Describe*, paging DescribeInstances, secrets)
    return DefaultTraits.apply(new Service("bmc", "2022-11-20",
        List.of(createInstances, describeImages, describeInstances), shapes,
        List.of(new ErrorCode(401, "AUTHFAILURE_SIGNATURE_FAILURE", "签名错误。", AT),
            new ErrorCode(400, "INVALID_ZONE", "可用区不存在。", AT))))
        .withWaiters(List.of(
            waiter("InstanceRunning", "instanceId", "status", Waiter.OnEmpty.FAILURE, "RUNNING")
                .description("Waits until the instances are RUNNING.").build(),
            waiter("InstanceReleased", null, "status", Waiter.OnEmpty.SUCCESS).build(),
            // a nested path: the status of the instance's image
            waiter("InstanceImageCentos", "image.imageId", "image.catalog", Waiter.OnEmpty.KEEP_WAITING, "centos")
                .failure(List.of("windows")).build()));
  }

  static Waiter.Builder waiter(String name, String id, String status, Waiter.OnEmpty empty, String... success) {
    return Waiter.builder().name(name).action("DescribeInstances").items("dataSet").id(id).status(status)
        .success(List.of(success)).onEmpty(empty).pollIntervalMillis(2_000).maxWaitMillis(600_000)
        .location(SourceLocation.of("docsdk-overrides.json", 3, 5));
  }

  /** Names chosen to break naive generators: keywords, clashes, case twins, odd characters. */
  static Service nasty() {
    TypeRef odd = TypeRef.enumeration("odd values");
    List<Shape> shapes = List.of(
        enumShape("odd values", "centos", "小写", "CentOS", "混合", "CENTOS", "*/ 大写 @param {@code x}",
            "1", "", "a b", "", "VALUE", "", "KNOWN", "", "中文", "<b>bold</b> & C:\\u0041"),
        new StructureShape("Builder", "Builder", "Named like the nested builder.", List.of(
            m("builder", TypeRef.STRING, ""),
            m("build", TypeRef.STRING, "")), AT),
        new StructureShape("List", "List", "Named like java.util.List.", List.of(
            m("items", TypeRef.listOf(TypeRef.STRING), "")), AT),
        new StructureShape("String", "String", "Named like java.lang.String.", List.of(
            m("value", TypeRef.STRING, "")), AT),
        new StructureShape("WeirdSvcClient", "WeirdSvcClient", "Named like the client.", List.of(
            m("o", TypeRef.STRING, "")), AT),
        new StructureShape("DescribeThingsRequest", "DescribeThingsRequest", "Clashes with a request.",
            List.of(), AT),
        new StructureShape("ImageInfo", "ImageInfo", "", List.of(m("id", TypeRef.STRING, "")), AT),
        new StructureShape("imageinfo", "imageinfo", "Differs only in case.",
            List.of(m("id", TypeRef.INTEGER, "")), AT),
        new StructureShape("Thing", "Thing", "All the clashes.\n\nSecond paragraph with */ and @author.",
            List.of(
                m("class", TypeRef.STRING, "A keyword."),
                m("builder", TypeRef.STRING, ""),
                m("toBuilder", TypeRef.STRING, ""),
                m("hashCode", TypeRef.INTEGER, ""),
                m("getClass", TypeRef.STRING, ""),
                m("images", TypeRef.listOf(TypeRef.structure("ImageInfo")), ""),
                m("hasImages", TypeRef.BOOLEAN, ""),
                m("kind", odd, ""),
                m("kindAsString", TypeRef.STRING, ""),
                m("kinds", TypeRef.listOf(odd), ""),
                m("kindsWithStrings", TypeRef.STRING, ""),
                m("imageId", TypeRef.STRING, ""),
                m("ImageId", TypeRef.STRING, ""),
                m("image-name", TypeRef.STRING, ""),
                m("2fa", TypeRef.BOOLEAN, ""),
                m("getUrl", TypeRef.STRING, ""),
                m("isHA", TypeRef.BOOLEAN, ""),
                m("other", TypeRef.STRING, ""),
                m("o", TypeRef.STRING, ""),
                m("$weird", TypeRef.STRING, ""),
                m("名称", TypeRef.STRING, "Non-ASCII name."),
                m("apiToken", TypeRef.STRING, ""),
                m("matrix", TypeRef.listOf(TypeRef.listOf(TypeRef.STRING)), ""),
                m("when", TypeRef.TIMESTAMP, ""),
                m("whens", TypeRef.listOf(TypeRef.TIMESTAMP), ""),
                m("missingStruct", TypeRef.structure("NoSuchShape"), "Refers to nothing."),
                m("missingEnum", TypeRef.enumeration("NoSuchEnum"), ""),
                m("self", TypeRef.structure("Thing"), ""),
                m("b", TypeRef.structure("Builder"), ""),
                m("s", TypeRef.structure("String"), ""),
                m("c", TypeRef.structure("WeirdSvcClient"), ""),
                // capitalised JSON names that equal the simple names of types the code uses
                m("OddValues", odd, "Named like its enum class."),
                m("Objects", TypeRef.STRING, ""),
                m("Arrays", TypeRef.listOf(TypeRef.STRING), ""),
                m("ModelSupport", TypeRef.TIMESTAMP, ""),
                m("List", TypeRef.structure("List"), ""),
                m("java", TypeRef.STRING, "Named like a package root."),
                m("dup", TypeRef.STRING, "first"),
                m("dup", TypeRef.INTEGER, "second, dropped")), AT));
    Operation things = op("DescribeThings", "Lists <things> & more: see {@link Foo}. 100% @home.",
        List.of(req("class", TypeRef.STRING, ""), req("thing", TypeRef.structure("Thing"), "")),
        List.of(m("thing", TypeRef.structure("Thing"), "")),
        List.of(new ErrorCode(null, "Weird.Code-1", "No status.", AT)));
    Operation lower = op("describe-things2", "", List.of(), List.of(), List.of());
    List<Operation> paged = new ArrayList<>();
    for (String item : List.of("Paginator", "AsyncPaginator", "Credentials", "Objects", "CompletableFuture", "Consumer")) {
      // paginator item types named like classes the client file already uses
      paged.add(op("List" + item, "", List.of(m("pageNum", TypeRef.INTEGER, ""), m("pageSize", TypeRef.INTEGER, "")),
          List.of(m("totalCount", TypeRef.INTEGER, ""), m("items", TypeRef.listOf(TypeRef.structure(item)), "")),
          List.of()));
    }
    Operation builder = op("Builder", "An action named like a method.", List.of(), List.of(), List.of());
    List<Operation> ops = new ArrayList<>(List.of(builder, things, lower));
    ops.addAll(paged);
    List<Shape> allShapes = new ArrayList<>(shapes);
    for (String item : List.of("Paginator", "AsyncPaginator", "Credentials", "Objects", "CompletableFuture", "Consumer")) {
      allShapes.add(new StructureShape(item, item, "", List.of(m("id", TypeRef.STRING, "")), AT));
    }
    return DefaultTraits.apply(new Service("weird-svc", "1.0", ops, allShapes, List.of()));
  }
}
