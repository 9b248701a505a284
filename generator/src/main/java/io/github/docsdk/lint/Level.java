package io.github.docsdk.lint;

import io.github.docsdk.spec.Severity;
import java.util.Locale;
import java.util.Optional;

/** What a lint configuration makes of a code: {@code off}, or one of the severities. */
public enum Level {
  OFF,
  NOTE,
  WARNING,
  ERROR;

  /** {@code off|note|warning|error}, any case; empty for anything else. */
  public static Optional<Level> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Level l : values()) {
      if (l.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The severity this level reports at; empty for {@code off}. */
  Optional<Severity> severity() {
    return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
  }
}
