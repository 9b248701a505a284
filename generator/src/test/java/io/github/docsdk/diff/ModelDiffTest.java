package io.github.docsdk.diff;

import static io.github.docsdk.diff.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.ModelJson;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.SourceLocation;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ModelDiffTest {

  private final Service base = base();

  private static List<Tuple> changes(Service old, Service now) {
    return ModelDiff.compare(old, now).changes().stream()
        .map(c -> tuple(c.impact(), c.kind(), c.target()))
        .toList();
  }

  @Test
  void identicalModelsGiveAnEmptyReport() {
    DiffReport report = ModelDiff.compare(base, base(), true);
    assertThat(report.changes()).isEmpty();
    assertThat(report.isEmpty()).isTrue();
    assertThat(report.bump()).isEqualTo(VersionBump.NONE);
  }

  @Test
  void aModelJsonRoundTripChangesNothing() {
    Service reread = ModelJson.read(ModelJson.write(base));
    assertThat(ModelDiff.compare(base, reread, true).changes()).isEmpty();
  }

  @Test
  void locationsAndDescriptionsAreNotChanges() {
    Service moved = withOperations(base, ops -> {
      ops.replaceAll(op -> request(
          new Operation(op.name(), op.wireName(), "reworded", List.of("a note"), op.request(),
              op.response(), op.errors(), op.examples(), SourceLocation.of("elsewhere.md", 7, 3)),
          ms -> {
            ms.replaceAll(m -> new Member(m.name(), m.type(), m.required(), "new text",
                SourceLocation.of("elsewhere.md", 99, 1)));
            return ms;
          }));
      return ops;
    });
    assertThat(ModelDiff.compare(base, moved).changes()).isEmpty();

    DiffReport withDocs = ModelDiff.compare(base, moved, true);
    assertThat(withDocs.changes()).isNotEmpty().allMatch(c -> c.impact() == Impact.DOCS);
    assertThat(withDocs.changes()).extracting(Change::target)
        .contains("DescribeImages", "DescribeImages.request.catalog", "CreateInstances.request.zoneId");
    assertThat(withDocs.isEmpty()).isTrue();
    assertThat(withDocs.bump()).isEqualTo(VersionBump.NONE);
  }

  @Test
  void removedActionIsBreakingAndItsMembersAreNotListedAgain() {
    Service now = withOperations(base, ops -> {
      ops.removeIf(op -> op.name().equals("DescribeZones"));
      return ops;
    });
    DiffReport report = ModelDiff.compare(base, now);
    assertThat(report.changes())
        .extracting(Change::impact, Change::kind, Change::target)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.OPERATION_REMOVED, "DescribeZones"));
    Change removed = report.changes().get(0);
    assertThat(removed.location()).isNull();
    assertThat(removed.oldLocation()).isEqualTo(at("bmc/describezones.md", 1));
    assertThat(removed.where()).isEqualTo(removed.oldLocation());
  }

  @Test
  void addedActionIsCompatible() {
    assertThat(changes(withOperations(base, ops -> {
      ops.removeIf(op -> op.name().equals("DescribeZones"));
      return ops;
    }), base)).containsExactly(tuple(Impact.COMPATIBLE, ChangeKind.OPERATION_ADDED, "DescribeZones"));
  }

  @Test
  void wireNameChangeIsBreaking() {
    Service now = editOperation(base, "DescribeZones", op -> wireName(op, "ZoneDetails"));
    DiffReport report = ModelDiff.compare(base, now);
    assertThat(report.changes()).extracting(Change::impact, Change::kind, Change::before, Change::after)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.OPERATION_WIRE_NAME_CHANGED,
            "DescribeZones", "ZoneDetails"));
  }

  @Test
  void requestMemberChanges() {
    Service removed = editOperation(base, "DescribeImages",
        op -> request(op, ms -> { ms.removeIf(m -> m.name().equals("imageIds")); return ms; }));
    assertThat(changes(base, removed)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.MEMBER_REMOVED, "DescribeImages.request.imageIds"));

    Service retyped = editOperation(base, "CreateInstances",
        op -> request(op, ms -> replace(ms, "amount", m -> m.withType(TypeRef.STRING))));
    DiffReport report = ModelDiff.compare(base, retyped);
    assertThat(report.changes()).extracting(Change::impact, Change::kind, Change::before, Change::after)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.MEMBER_TYPE_CHANGED, "Integer", "String"));
    assertThat(report.changes().get(0).location()).isEqualTo(at("bmc/createinstances.md", 19));

    Service nowRequired = editOperation(base, "CreateInstances",
        op -> request(op, ms -> replace(ms, "amount", m -> m.withRequired(true))));
    assertThat(changes(base, nowRequired)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.MEMBER_BECAME_REQUIRED, "CreateInstances.request.amount"));

    Service nowOptional = editOperation(base, "CreateInstances",
        op -> request(op, ms -> replace(ms, "zoneId", m -> m.withRequired(false))));
    assertThat(changes(base, nowOptional)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.MEMBER_BECAME_OPTIONAL, "CreateInstances.request.zoneId"));

    Service addedRequired = editOperation(base, "CreateInstances", op -> request(op, ms -> {
      ms.add(member("imageId", TypeRef.STRING, true, "bmc/createinstances.md", 21));
      return ms;
    }));
    assertThat(changes(base, addedRequired)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.REQUIRED_MEMBER_ADDED, "CreateInstances.request.imageId"));

    Service addedOptional = editOperation(base, "CreateInstances", op -> request(op, ms -> {
      ms.add(member("name", TypeRef.STRING, false, "bmc/createinstances.md", 21));
      return ms;
    }));
    assertThat(changes(base, addedOptional)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.MEMBER_ADDED, "CreateInstances.request.name"));
  }

  @Test
  void responseMemberChanges() {
    Service added = editOperation(base, "DescribeImages", op -> response(op, ms -> {
      ms.add(member("totalCount", TypeRef.INTEGER, false, "bmc/describeimages.md", 30));
      return ms;
    }));
    assertThat(changes(base, added)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.MEMBER_ADDED, "DescribeImages.response.totalCount"));

    Service addedRequired = editOperation(base, "DescribeImages", op -> response(op, ms -> {
      ms.add(member("totalCount", TypeRef.INTEGER, true, "bmc/describeimages.md", 30));
      return ms;
    }));
    assertThat(changes(base, addedRequired)).containsExactly(
        tuple(Impact.RISKY, ChangeKind.REQUIRED_MEMBER_ADDED, "DescribeImages.response.totalCount"));

    Service removed = editOperation(base, "DescribeImages",
        op -> response(op, ms -> { ms.removeIf(m -> m.name().equals("images")); return ms; }));
    assertThat(changes(base, removed)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.MEMBER_REMOVED, "DescribeImages.response.images"));
  }

  @Test
  void structureMembersAreClassifiedByHowTheStructureIsUsed() {
    // ImageInfo is only read (a response list element): becoming required is risky
    Service imageInfo = editStructure(base, "ImageInfo",
        ms -> replace(ms, "imageName", m -> m.withRequired(true)));
    assertThat(changes(base, imageInfo)).containsExactly(
        tuple(Impact.RISKY, ChangeKind.MEMBER_BECAME_REQUIRED, "ImageInfo.imageName"));
    Service imageInfoOptional = editStructure(base, "ImageInfo",
        ms -> replace(ms, "imageId", m -> m.withRequired(false)));
    assertThat(changes(base, imageInfoOptional)).containsExactly(
        tuple(Impact.RISKY, ChangeKind.MEMBER_BECAME_OPTIONAL, "ImageInfo.imageId"));

    // Nic is only written (a request list element): becoming required breaks callers
    Service nic = editStructure(base, "Nic", ms -> replace(ms, "lanName", m -> m.withRequired(true)));
    assertThat(changes(base, nic)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.MEMBER_BECAME_REQUIRED, "Nic.lanName"));

    // Shared travels both ways: the worse impact wins
    Service shared = editStructure(base, "Shared", ms -> {
      ms.add(member("owner", TypeRef.STRING, true, "datastructure.md", 302));
      return ms;
    });
    assertThat(changes(base, shared)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.REQUIRED_MEMBER_ADDED, "Shared.owner"));
    Service sharedOptional = editStructure(base, "Shared", ms -> {
      ms.add(member("owner", TypeRef.STRING, false, "datastructure.md", 302));
      return ms;
    });
    assertThat(changes(base, sharedOptional)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.MEMBER_ADDED, "Shared.owner"));

    // no action uses it: assume both ways
    Service unused = editStructure(base, "Unused", ms -> replace(ms, "x", m -> m.withRequired(true)));
    assertThat(changes(base, unused)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.MEMBER_BECAME_REQUIRED, "Unused.x"));
  }

  @Test
  void structureTypeChangeAndRemovalAreBreaking() {
    Service retyped = editStructure(base, "ImageInfo",
        ms -> replace(ms, "catalog", m -> m.withType(TypeRef.STRING)));
    assertThat(ModelDiff.compare(base, retyped).changes())
        .extracting(Change::impact, Change::kind, Change::target, Change::before, Change::after)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.MEMBER_TYPE_CHANGED, "ImageInfo.catalog",
            "enum Catalog", "String"));

    Service removed = withShapes(base, shapes -> {
      shapes.removeIf(s -> s.name().equals("Unused"));
      return shapes;
    });
    assertThat(changes(base, removed)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.STRUCTURE_REMOVED, "Unused"));
    assertThat(changes(removed, base)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.STRUCTURE_ADDED, "Unused"));
  }

  @Test
  void enumChanges() {
    Service lessValues = editEnum(base, "Catalog", vs -> {
      vs.removeIf(v -> v.value().equals("windows"));
      return vs;
    });
    DiffReport report = ModelDiff.compare(base, lessValues);
    assertThat(report.changes()).extracting(Change::impact, Change::kind, Change::target, Change::before)
        .containsExactly(tuple(Impact.BREAKING, ChangeKind.ENUM_VALUE_REMOVED, "Catalog.windows", "windows"));
    assertThat(changes(lessValues, base)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.ENUM_VALUE_ADDED, "Catalog.windows"));

    Service moreEnums = withShapes(base, shapes -> {
      shapes.add(new EnumShape("OsType", "", List.of(new EnumValue("linux", "")), at("x.md", 1)));
      return shapes;
    });
    assertThat(changes(base, moreEnums)).containsExactly(
        tuple(Impact.COMPATIBLE, ChangeKind.ENUM_ADDED, "OsType"));
    assertThat(changes(moreEnums, base)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.ENUM_REMOVED, "OsType"));

    Service enumBecameStructure = withShapes(base, shapes -> {
      shapes.replaceAll(s -> s.name().equals("Catalog")
          ? new StructureShape("Catalog", null, "", List.of(), s.location()) : s);
      return shapes;
    });
    assertThat(changes(base, enumBecameStructure)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.SHAPE_KIND_CHANGED, "Catalog"));
  }

  @Test
  void errorCodeChanges() {
    Service added = editOperation(base, "DescribeZones", op -> errors(op, es -> {
      es.add(new ErrorCode(400, "INVALID_REGION", "", at("bmc/describezones.md", 70)));
      return es;
    }));
    DiffReport addedReport = ModelDiff.compare(base, added);
    assertThat(addedReport.changes()).extracting(Change::impact, Change::kind, Change::target, Change::after)
        .containsExactly(tuple(Impact.COMPATIBLE, ChangeKind.ERROR_ADDED,
            "DescribeZones.errors.INVALID_REGION", "HTTP 400"));

    Service restatused = editOperation(base, "CreateInstances", op -> errors(op, es -> {
      es.replaceAll(e -> e.code().equals("INVALID_ZONE")
          ? new ErrorCode(404, e.code(), e.description(), e.location()) : e);
      return es;
    }));
    assertThat(ModelDiff.compare(base, restatused).changes())
        .extracting(Change::impact, Change::kind, Change::before, Change::after)
        .containsExactly(tuple(Impact.RISKY, ChangeKind.ERROR_STATUS_CHANGED, "HTTP 400", "HTTP 404"));

    // still documented by DescribeImages: the constant stays, so only risky
    Service removedHere = editOperation(base, "CreateInstances", op -> errors(op, es -> {
      es.removeIf(e -> e.code().equals("INVALID_INSTANCE_TYPE_NOT_FOUND"));
      return es;
    }));
    assertThat(changes(base, removedHere)).containsExactly(tuple(Impact.RISKY,
        ChangeKind.ERROR_REMOVED, "CreateInstances.errors.INVALID_INSTANCE_TYPE_NOT_FOUND"));

    // gone from the whole service: its constant disappears
    Service retired = editOperation(base, "CreateInstances", op -> errors(op, es -> {
      es.removeIf(e -> e.code().equals("INVALID_ZONE"));
      return es;
    }));
    assertThat(changes(base, retired)).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.ERROR_RETIRED, "CreateInstances.errors.INVALID_ZONE"));

    Service common = withCommonErrors(base, es -> {
      es.add(new ErrorCode(503, "REQUEST_TIMED_OUT", "", at("commonerrorcode.md", 11)));
      es.replaceAll(e -> e.code().equals("INTERNAL_SERVER_ERROR")
          ? new ErrorCode(null, e.code(), e.description(), e.location()) : e);
      return es;
    });
    assertThat(ModelDiff.compare(base, common).changes())
        .extracting(Change::impact, Change::kind, Change::target, Change::before, Change::after)
        .containsExactly(
            tuple(Impact.RISKY, ChangeKind.ERROR_STATUS_CHANGED, "commonErrors.INTERNAL_SERVER_ERROR",
                "HTTP 500", "no status"),
            tuple(Impact.COMPATIBLE, ChangeKind.ERROR_ADDED, "commonErrors.REQUEST_TIMED_OUT", "",
                "HTTP 503"));
  }

  @Test
  void reportDoesNotDependOnModelOrder() {
    Service now = editOperation(base, "CreateInstances",
        op -> request(op, ms -> replace(ms, "amount", m -> m.withType(TypeRef.STRING))));
    now = withOperations(now, ops -> {
      ops.removeIf(op -> op.name().equals("DescribeZones"));
      return ops;
    });
    now = editEnum(now, "Catalog", vs -> {
      vs.add(new EnumValue("ubuntu", ""));
      return vs;
    });
    DiffReport expected = ModelDiff.compare(base, now);
    assertThat(expected.changes()).hasSize(3);
    Random random = new Random(42);
    for (int i = 0; i < 5; i++) {
      DiffReport shuffled = ModelDiff.compare(shuffle(base, random), shuffle(now, random));
      assertThat(shuffled).isEqualTo(expected);
    }
  }

  @Test
  void recursiveStructuresAreFollowedOnce() {
    StructureShape node = new StructureShape("Node", null, "",
        List.of(member("children", TypeRef.listOf(TypeRef.structure("Node")), false, "n.md", 2),
            member("name", TypeRef.STRING, false, "n.md", 3)),
        at("n.md", 1));
    Service withNode = editOperation(withShapes(base, shapes -> {
      shapes.add(node);
      return shapes;
    }), "DescribeZones", op -> response(op, ms -> {
      ms.add(member("tree", TypeRef.structure("Node"), false, "bmc/describezones.md", 26));
      return ms;
    }));
    Service stricter = editStructure(withNode, "Node",
        ms -> replace(ms, "name", m -> m.withRequired(true)));
    // only read: risky, not breaking
    assertThat(changes(withNode, stricter)).containsExactly(
        tuple(Impact.RISKY, ChangeKind.MEMBER_BECAME_REQUIRED, "Node.name"));
  }

  /** Catalog (centos, windows) was used by DescribeImages.request.catalog and ImageInfo.catalog. */
  private Service splitCatalog(boolean keepForImageInfo) {
    Service s = withShapes(base, shapes -> {
      if (!keepForImageInfo) {
        shapes.removeIf(x -> x.name().equals("Catalog"));
        shapes.add(new EnumShape("ImageInfoCatalog", "",
            List.of(new EnumValue("centos", ""), new EnumValue("windows", "")), at("datastructure.md", 232)));
      }
      shapes.add(new EnumShape("DescribeImagesCatalog", "", List.of(new EnumValue("centos", "")),
          at("bmc/describeimages.md", 20)));
      return shapes;
    });
    s = editOperation(s, "DescribeImages", op -> request(op,
        ms -> replace(ms, "catalog", m -> m.withType(TypeRef.enumeration("DescribeImagesCatalog")))));
    if (!keepForImageInfo) {
      s = editStructure(s, "ImageInfo",
          ms -> replace(ms, "catalog", m -> m.withType(TypeRef.enumeration("ImageInfoCatalog"))));
    }
    return s;
  }

  @Test
  void aSplitSharedEnumIsReportedAsRenamesWithTheirValueChanges() {
    DiffReport report = ModelDiff.compare(base, splitCatalog(false));
    assertThat(report.changes())
        .extracting(Change::impact, Change::kind, Change::target, Change::before, Change::after)
        .containsExactly(
            tuple(Impact.BREAKING, ChangeKind.ENUM_RENAMED, "Catalog", "Catalog", "DescribeImagesCatalog"),
            tuple(Impact.BREAKING, ChangeKind.ENUM_RENAMED, "Catalog", "Catalog", "ImageInfoCatalog"),
            tuple(Impact.BREAKING, ChangeKind.ENUM_VALUE_REMOVED, "DescribeImagesCatalog.windows",
                "windows", ""));
    assertThat(MarkdownReport.render(report, null))
        .contains("- enum renamed `Catalog` → `DescribeImagesCatalog` — bmc/describeimages.md:20");
  }

  @Test
  void anEnumSplitOffForSomeMembersIsARenameForThem() {
    assertThat(changes(base, splitCatalog(true))).containsExactly(
        tuple(Impact.BREAKING, ChangeKind.ENUM_RENAMED, "Catalog"),
        tuple(Impact.BREAKING, ChangeKind.ENUM_VALUE_REMOVED, "DescribeImagesCatalog.windows"));
  }

  @Test
  void aMemberMovedToAnEnumThatExistedBeforeChangedType() {
    Service s = withShapes(base, shapes -> {
      shapes.add(new EnumShape("OsType", "", List.of(new EnumValue("linux", "")), at("x.md", 1)));
      return shapes;
    });
    Service moved = editOperation(s, "DescribeImages", op -> request(op,
        ms -> replace(ms, "catalog", m -> m.withType(TypeRef.enumeration("OsType")))));
    assertThat(ModelDiff.compare(s, moved).changes())
        .extracting(Change::kind, Change::before, Change::after)
        .containsExactly(tuple(ChangeKind.MEMBER_TYPE_CHANGED, "enum Catalog", "enum OsType"));
  }

  private static Service shuffle(Service s, Random random) {
    List<Operation> ops = new ArrayList<>(s.operations());
    Collections.shuffle(ops, random);
    List<io.github.docsdk.spec.Shape> shapes = new ArrayList<>(s.shapes());
    Collections.shuffle(shapes, random);
    return new Service(s.name(), s.apiVersion(), ops, shapes, s.commonErrors());
  }
}
