package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompatibilityRulesTest {

  @Test
  void removalsAndTypeChangesBreakEitherWay() {
    for (ChangeKind kind : EnumSet.of(ChangeKind.OPERATION_REMOVED, ChangeKind.MEMBER_REMOVED,
        ChangeKind.MEMBER_TYPE_CHANGED, ChangeKind.ENUM_VALUE_REMOVED, ChangeKind.STRUCTURE_REMOVED,
        ChangeKind.ENUM_REMOVED, ChangeKind.OPERATION_WIRE_NAME_CHANGED)) {
      for (Direction d : Direction.values()) {
        assertThat(CompatibilityRules.impact(kind, d)).as(kind + " " + d).isEqualTo(Impact.BREAKING);
      }
    }
  }

  @Test
  void requiredFlagsDependOnDirection() {
    assertThat(CompatibilityRules.impact(ChangeKind.MEMBER_BECAME_REQUIRED, Set.of(Direction.REQUEST)))
        .isEqualTo(Impact.BREAKING);
    assertThat(CompatibilityRules.impact(ChangeKind.MEMBER_BECAME_REQUIRED, Set.of(Direction.RESPONSE)))
        .isEqualTo(Impact.RISKY);
    assertThat(CompatibilityRules.impact(ChangeKind.MEMBER_BECAME_OPTIONAL, Set.of(Direction.REQUEST)))
        .isEqualTo(Impact.COMPATIBLE);
    assertThat(CompatibilityRules.impact(ChangeKind.MEMBER_BECAME_OPTIONAL, Set.of(Direction.RESPONSE)))
        .isEqualTo(Impact.RISKY);
    assertThat(CompatibilityRules.impact(ChangeKind.REQUIRED_MEMBER_ADDED,
        EnumSet.of(Direction.REQUEST, Direction.RESPONSE))).isEqualTo(Impact.BREAKING);
  }

  @Test
  void unknownUseCountsAsBothWays() {
    assertThat(CompatibilityRules.impact(ChangeKind.MEMBER_BECAME_OPTIONAL, Set.of()))
        .isEqualTo(Impact.RISKY);
    assertThat(CompatibilityRules.impact(ChangeKind.REQUIRED_MEMBER_ADDED, Set.of()))
        .isEqualTo(Impact.BREAKING);
  }

  @Test
  void additionsAreCompatibleAndDescriptionsAreDocsOnly() {
    for (ChangeKind kind : EnumSet.of(ChangeKind.OPERATION_ADDED, ChangeKind.MEMBER_ADDED,
        ChangeKind.ENUM_VALUE_ADDED, ChangeKind.ERROR_ADDED, ChangeKind.STRUCTURE_ADDED,
        ChangeKind.ENUM_ADDED)) {
      assertThat(CompatibilityRules.impact(kind, Set.of())).as(kind.name()).isEqualTo(Impact.COMPATIBLE);
    }
    assertThat(CompatibilityRules.impact(ChangeKind.DESCRIPTION_CHANGED, Set.of())).isEqualTo(Impact.DOCS);
    assertThat(Impact.DOCS.counted()).isFalse();
  }
}
