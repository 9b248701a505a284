package io.github.docsdk.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionSuggestionTest {

  @Test
  void bumpsFollowSemanticVersioning() {
    assertThat(VersionSuggestion.of(VersionBump.MAJOR, "1.4.2").nextVersion()).isEqualTo("2.0.0");
    assertThat(VersionSuggestion.of(VersionBump.MINOR, "1.4.2").nextVersion()).isEqualTo("1.5.0");
    assertThat(VersionSuggestion.of(VersionBump.PATCH, "1.4.2").nextVersion()).isEqualTo("1.4.3");
    assertThat(VersionSuggestion.of(VersionBump.NONE, "1.4.2").nextVersion()).isEqualTo("1.4.2");
  }

  @Test
  void breakingChangesBumpTheMinorWhileZeroDotX() {
    VersionSuggestion s = VersionSuggestion.of(VersionBump.MAJOR, "0.3.1");
    assertThat(s.nextVersion()).isEqualTo("0.4.0");
    assertThat(s.reason()).contains("before 1.0.0").contains("minor");
  }

  @Test
  void suffixesAndShortVersionsAreUnderstood() {
    assertThat(VersionSuggestion.of(VersionBump.PATCH, "2.1.0-SNAPSHOT").nextVersion()).isEqualTo("2.1.1");
    assertThat(VersionSuggestion.of(VersionBump.MINOR, "v3.2").nextVersion()).isEqualTo("3.3.0");
  }

  @Test
  void withoutAUsablePreviousVersionOnlyTheStepIsGiven() {
    assertThat(VersionSuggestion.of(VersionBump.MINOR, null).nextVersion()).isNull();
    VersionSuggestion odd = VersionSuggestion.of(VersionBump.MAJOR, "2022-11-20");
    assertThat(odd.nextVersion()).isNull();
    assertThat(odd.bump()).isEqualTo(VersionBump.MAJOR);
    assertThat(odd.reason()).isEqualTo("breaking changes");
  }
}
