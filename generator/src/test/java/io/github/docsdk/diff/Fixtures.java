package io.github.docsdk.diff;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.Shape;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small hand-built models, and ways to change one thing in them. */
final class Fixtures {

  private Fixtures() {}

  static SourceLocation at(String file, int line) {
    return SourceLocation.of(file, line, 1);
  }

  static Member member(String name, TypeRef type, boolean required, String file, int line) {
    return new Member(name, type, required, name + " described", at(file, line));
  }

  /**
   * bmc with DescribeImages (request: catalog enum, imageIds list; response: images list of
   * ImageInfo), CreateInstances (request: zoneId required, nics list of Nic), DescribeZones,
   * structures ImageInfo (response only), Nic (request only), Shared (both ways), enum Catalog.
   */
  static Service base() {
    String images = "bmc/describeimages.md";
    String create = "bmc/createinstances.md";
    String zones = "bmc/describezones.md";
    String ds = "datastructure.md";
    Operation describeImages =
        new Operation(
            "DescribeImages",
            null,
            "Lists images.",
            List.of(),
            List.of(
                member("imageIds", TypeRef.listOf(TypeRef.STRING), false, images, 18),
                member("catalog", TypeRef.enumeration("Catalog"), false, images, 20),
                member("shared", TypeRef.structure("Shared"), false, images, 21)),
            List.of(
                member("requestId", TypeRef.STRING, false, images, 28),
                member("images", TypeRef.listOf(TypeRef.structure("ImageInfo")), false, images, 29)),
            List.of(new ErrorCode(404, "INVALID_INSTANCE_TYPE_NOT_FOUND", "no such type", at(images, 80))),
            List.of(),
            at(images, 1));
    Operation createInstances =
        new Operation(
            "CreateInstances",
            null,
            "Creates instances.",
            List.of(),
            List.of(
                member("zoneId", TypeRef.STRING, true, create, 18),
                member("amount", TypeRef.INTEGER, false, create, 19),
                member("nics", TypeRef.listOf(TypeRef.structure("Nic")), false, create, 20)),
            List.of(
                member("instanceIds", TypeRef.listOf(TypeRef.STRING), false, create, 30),
                member("shared", TypeRef.structure("Shared"), false, create, 31)),
            List.of(
                new ErrorCode(400, "INVALID_ZONE", "bad zone", at(create, 90)),
                new ErrorCode(404, "INVALID_INSTANCE_TYPE_NOT_FOUND", "no such type", at(create, 91))),
            List.of(),
            at(create, 1));
    Operation describeZones =
        new Operation("DescribeZones", null, "", List.of(), List.of(),
            List.of(member("zoneIds", TypeRef.listOf(TypeRef.STRING), false, zones, 25)),
            List.of(), List.of(), at(zones, 1));
    List<Shape> shapes =
        List.of(
            new EnumShape("Catalog", "", List.of(new EnumValue("centos", ""), new EnumValue("windows", "")),
                at(images, 20)),
            new StructureShape("ImageInfo", null, "An image.",
                List.of(
                    member("imageId", TypeRef.STRING, true, ds, 230),
                    member("imageName", TypeRef.STRING, false, ds, 231),
                    member("catalog", TypeRef.enumeration("Catalog"), false, ds, 232)),
                at(ds, 226)),
            new StructureShape("Nic", null, "",
                List.of(
                    member("wanName", TypeRef.STRING, false, ds, 43),
                    member("lanName", TypeRef.STRING, false, ds, 44)),
                at(ds, 39)),
            new StructureShape("Shared", null, "",
                List.of(member("tag", TypeRef.STRING, false, ds, 301)),
                at(ds, 300)),
            new StructureShape("Unused", null, "",
                List.of(member("x", TypeRef.STRING, false, ds, 401)),
                at(ds, 400)));
    List<ErrorCode> common =
        List.of(new ErrorCode(500, "INTERNAL_SERVER_ERROR", "oops", at("commonerrorcode.md", 9)));
    return new Service("bmc", "2022-11-20", List.of(createInstances, describeImages, describeZones),
        shapes, common);
  }

  // ---- edits: each returns a copy with one thing changed ----

  static Service withOperations(Service s, UnaryOperator<List<Operation>> edit) {
    return new Service(s.name(), s.apiVersion(), edit.apply(new ArrayList<>(s.operations())),
        s.shapes(), s.commonErrors());
  }

  static Service withShapes(Service s, UnaryOperator<List<Shape>> edit) {
    return new Service(s.name(), s.apiVersion(), s.operations(),
        edit.apply(new ArrayList<>(s.shapes())), s.commonErrors());
  }

  static Service withCommonErrors(Service s, UnaryOperator<List<ErrorCode>> edit) {
    return new Service(s.name(), s.apiVersion(), s.operations(), s.shapes(),
        edit.apply(new ArrayList<>(s.commonErrors())));
  }

  static Service editOperation(Service s, String name, UnaryOperator<Operation> edit) {
    return withOperations(s, ops -> {
      ops.replaceAll(op -> op.name().equals(name) ? edit.apply(op) : op);
      return ops;
    });
  }

  static Service editStructure(Service s, String name, UnaryOperator<List<Member>> edit) {
    return withShapes(s, shapes -> {
      shapes.replaceAll(shape -> shape instanceof StructureShape st && st.name().equals(name)
          ? new StructureShape(st.name(), st.docName(), st.description(),
              edit.apply(new ArrayList<>(st.members())), st.location())
          : shape);
      return shapes;
    });
  }

  static Service editEnum(Service s, String name, UnaryOperator<List<EnumValue>> edit) {
    return withShapes(s, shapes -> {
      shapes.replaceAll(shape -> shape instanceof EnumShape e && e.name().equals(name)
          ? new EnumShape(e.name(), e.description(), edit.apply(new ArrayList<>(e.values())),
              e.location())
          : shape);
      return shapes;
    });
  }

  static Operation request(Operation op, UnaryOperator<List<Member>> edit) {
    return new Operation(op.name(), op.wireName(), op.description(), op.notes(),
        edit.apply(new ArrayList<>(op.request())), op.response(), op.errors(), op.examples(),
        op.location());
  }

  static Operation response(Operation op, UnaryOperator<List<Member>> edit) {
    return new Operation(op.name(), op.wireName(), op.description(), op.notes(), op.request(),
        edit.apply(new ArrayList<>(op.response())), op.errors(), op.examples(), op.location());
  }

  static Operation errors(Operation op, UnaryOperator<List<ErrorCode>> edit) {
    return new Operation(op.name(), op.wireName(), op.description(), op.notes(), op.request(),
        op.response(), edit.apply(new ArrayList<>(op.errors())), op.examples(), op.location());
  }

  static Operation wireName(Operation op, String wireName) {
    return new Operation(op.name(), wireName, op.description(), op.notes(), op.request(),
        op.response(), op.errors(), op.examples(), op.location());
  }

  static List<Member> replace(List<Member> members, String name, UnaryOperator<Member> edit) {
    members.replaceAll(m -> m.name().equals(name) ? edit.apply(m) : m);
    return members;
  }
}
