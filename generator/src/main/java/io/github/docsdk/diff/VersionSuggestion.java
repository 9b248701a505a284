package io.github.docsdk.diff;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next SDK version a diff calls for.
 *
 * @param bump the semantic-versioning step
 * @param nextVersion the version to release, or null when no (parsable) previous version was given
 * @param reason why this step, without naming it (e.g. {@code breaking changes})
 */
public record VersionSuggestion(VersionBump bump, String nextVersion, String reason) {

  private static final Pattern SEMVER =
      Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-+].*)?");

  public VersionSuggestion {
    Objects.requireNonNull(bump, "bump");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Applies {@code bump} to {@code previous} ({@code MAJOR.MINOR.PATCH}, a missing patch counts as
   * 0, a pre-release or build suffix is dropped). While the major version is 0, breaking changes
   * bump the minor version instead (semver item 4: anything may change in 0.x), and the reason says
   * so.
   *
   * @param previous the version of the SDK built from the old docs; may be null
   */
  public static VersionSuggestion of(VersionBump bump, String previous) {
    String why =
        switch (bump) {
          case MAJOR -> "breaking changes";
          case MINOR -> "backward-compatible additions";
          case PATCH -> "no additions, no breaking changes";
          case NONE -> "no API changes";
        };
    Matcher m = previous == null ? null : SEMVER.matcher(previous.trim());
    if (m == null || !m.matches()) {
      return new VersionSuggestion(bump, null, why);
    }
    long major = Long.parseLong(m.group(1));
    long minor = Long.parseLong(m.group(2));
    long patch = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
    String next =
        switch (bump) {
          case MAJOR -> major == 0 ? "0." + (minor + 1) + ".0" : (major + 1) + ".0.0";
          case MINOR -> major + "." + (minor + 1) + ".0";
          case PATCH -> major + "." + minor + "." + (patch + 1);
          case NONE -> major + "." + minor + "." + patch;
        };
    if (bump == VersionBump.MAJOR && major == 0) {
      why = "breaking changes; before 1.0.0 they bump the minor version (semver: anything may"
          + " change in 0.x)";
    }
    return new VersionSuggestion(bump, next, why);
  }
}
