package io.github.docsdk.diff;

import java.util.Locale;

/**
 * What a change does to an SDK user who upgrades, worst first. {@link #DOCS} changes (descriptions)
 * are reported only on request and never counted.
 */
public enum Impact {
  /** Code that compiled and worked against the old SDK may stop compiling or start failing. */
  BREAKING("Breaking"),
  /** Code keeps compiling, but may behave differently at run time; review before release. */
  RISKY("Risky"),
  /** Additions and relaxations: existing code keeps working. */
  COMPATIBLE("Compatible"),
  /** Only the documentation text changed. */
  DOCS("Documentation");

  private final String heading;

  Impact(String heading) {
    this.heading = heading;
  }

  /** Title-case name for report headings. */
  public String heading() {
    return heading;
  }

  /** Lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether it counts towards the summary and the version suggestion. */
  public boolean counted() {
    return this != DOCS;
  }

  /** The worse of two impacts (the one that comes first). */
  public static Impact worst(Impact a, Impact b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
