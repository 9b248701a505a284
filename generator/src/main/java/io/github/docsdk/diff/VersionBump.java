package io.github.docsdk.diff;

import java.util.Locale;

/** The semantic-versioning step a set of changes calls for. */
public enum VersionBump {
  /** No counted change: the SDK need not be released. */
  NONE,
  /** Fixes and risky-but-compatible changes. */
  PATCH,
  /** Backward-compatible additions. */
  MINOR,
  /** Breaking changes. */
  MAJOR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
