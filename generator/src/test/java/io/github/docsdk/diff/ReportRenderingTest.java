package io.github.docsdk.diff;

import static io.github.docsdk.diff.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.spec.EnumValue;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.TypeRef;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

  private final Service base = base();

  /** One breaking (type change), one risky (error status), one compatible (enum value). */
  private DiffReport mixed() {
    Service now = editOperation(base, "CreateInstances",
        op -> request(op, ms -> replace(ms, "amount", m -> m.withType(TypeRef.STRING))));
    now = editOperation(now, "CreateInstances", op -> errors(op, es -> {
      es.replaceAll(e -> e.code().equals("INVALID_ZONE")
          ? new io.github.docsdk.spec.ErrorCode(409, e.code(), e.description(), e.location()) : e);
      return es;
    }));
    now = editEnum(now, "Catalog", vs -> {
      vs.add(new EnumValue("ubuntu", ""));
      return vs;
    });
    now = withOperations(now, ops -> {
      ops.removeIf(op -> op.name().equals("DescribeZones"));
      return ops;
    });
    return ModelDiff.compare(base, now);
  }

  @Test
  void markdownHasSummarySectionsAndLocations() {
    String md = MarkdownReport.render(mixed(), "1.2.0");
    assertThat(md).startsWith("## API changes: bmc 2022-11-20\n");
    assertThat(md).contains("**2 breaking**, 1 risky, 1 compatible changes.");
    assertThat(md).contains("Suggested next version: **2.0.0** (major: breaking changes)");
    assertThat(md).containsSubsequence("### Breaking (2)", "### Risky (1)", "### Compatible (1)");
    assertThat(md).contains(
        "- type changed `CreateInstances.request.amount`: `Integer` → `String` — bmc/createinstances.md:19");
    assertThat(md).contains("- action removed `DescribeZones` — was at bmc/describezones.md:1");
    assertThat(md).contains(
        "- error status changed `CreateInstances.errors.INVALID_ZONE`: `HTTP 400` → `HTTP 409`");
    assertThat(md).contains("- enum value added `Catalog.ubuntu` (`ubuntu`)");
    assertThat(md).doesNotContain("### Documentation");
  }

  @Test
  void emptyReportSaysSo() {
    String md = MarkdownReport.render(ModelDiff.compare(base, base()), "1.2.0");
    assertThat(md).contains("0 breaking, 0 risky, 0 compatible changes.");
    assertThat(md).contains("No API changes.");
    assertThat(md).contains("**1.2.0** (none: no API changes)");
    assertThat(md).doesNotContain("###");
  }

  @Test
  void withoutPreviousVersionTheStepIsNamed() {
    assertThat(MarkdownReport.render(mixed(), null))
        .contains("Suggested version step: **major** (breaking changes)");
  }

  @Test
  void jsonIsDeterministicAndComplete() throws Exception {
    String json = JsonReport.render(mixed(), "0.9.1");
    assertThat(JsonReport.render(mixed(), "0.9.1")).isEqualTo(json);
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("docsdkDiff").asInt()).isEqualTo(JsonReport.FORMAT_VERSION);
    assertThat(root.path("summary").path("breaking").asInt()).isEqualTo(2);
    assertThat(root.path("summary").path("risky").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("compatible").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("docs").asInt()).isZero();
    assertThat(root.path("suggestedBump").asText()).isEqualTo("major");
    assertThat(root.path("suggestedVersion").asText()).isEqualTo("0.10.0");
    JsonNode first = root.path("changes").get(0);
    assertThat(first.path("impact").asText()).isEqualTo("breaking");
    assertThat(first.path("kind").asText()).isEqualTo("MEMBER_TYPE_CHANGED");
    assertThat(first.path("target").asText()).isEqualTo("CreateInstances.request.amount");
    assertThat(first.path("before").asText()).isEqualTo("Integer");
    assertThat(first.path("location").asText()).isEqualTo("bmc/createinstances.md:19:1");
    JsonNode removal = root.path("changes").get(1);
    assertThat(removal.path("kind").asText()).isEqualTo("OPERATION_REMOVED");
    assertThat(removal.path("location").isNull()).isTrue();
    assertThat(removal.path("oldLocation").asText()).isEqualTo("bmc/describezones.md:1:1");
    assertThat(root.path("changes")).hasSize(4);
  }

  @Test
  void jsonOfAnEmptyReportHasNoChanges() throws Exception {
    JsonNode root = new ObjectMapper().readTree(JsonReport.render(ModelDiff.compare(base, base()), null));
    assertThat(root.path("changes").isArray()).isTrue();
    assertThat(root.path("changes")).isEmpty();
    assertThat(root.path("suggestedBump").asText()).isEqualTo("none");
    assertThat(root.path("suggestedVersion").isNull()).isTrue();
  }

  @Test
  void documentationChangesAreListedLastAndNotCounted() {
    Service reworded = editOperation(base, "DescribeZones", op -> new io.github.docsdk.spec.Operation(
        op.name(), op.wireName(), "Lists zones, now in more words.", op.notes(), op.request(),
        op.response(), op.errors(), op.examples(), op.location()));
    DiffReport report = ModelDiff.compare(base, reworded, true);
    String md = MarkdownReport.render(report, "1.0.0");
    assertThat(md).contains("0 breaking, 0 risky, 0 compatible changes (and 1 documentation-only).")
        .contains("### Documentation (1) — not counted")
        .contains("- description changed `DescribeZones` — bmc/describezones.md:1")
        .contains("**1.0.0** (none: no API changes)")
        .doesNotContain("No API changes.");
    assertThat(ModelDiff.compare(base, reworded).changes()).isEmpty();
  }

  @Test
  void bumpIsMinorForAdditionsAndPatchForOtherCountedChanges() {
    Service added = editEnum(base, "Catalog", vs -> {
      vs.add(new EnumValue("ubuntu", ""));
      return vs;
    });
    assertThat(ModelDiff.compare(base, added).bump()).isEqualTo(VersionBump.MINOR);
    Service relaxed = editOperation(base, "CreateInstances",
        op -> request(op, ms -> replace(ms, "zoneId", m -> m.withRequired(false))));
    assertThat(ModelDiff.compare(base, relaxed).bump()).isEqualTo(VersionBump.PATCH);
    assertThat(mixed().bump()).isEqualTo(VersionBump.MAJOR);
  }
}
