package io.github.docsdk.spec;

import java.util.Objects;

/**
 * A documented error code.
 *
 * @param httpStatus the HTTP status the docs give; null when they give none
 * @param code the code as it appears in error bodies (unescaped, e.g. {@code INVALID_ZONE})
 * @param description plain text
 * @param location the table row
 */
public record ErrorCode(Integer httpStatus, String code, String description, SourceLocation location) {

  public ErrorCode {
    Objects.requireNonNull(code, "code");
    description = description == null ? "" : description;
    Objects.requireNonNull(location, "location");
  }
}
