package io.github.docsdk.spec;

import java.util.Objects;

/**
 * A documented error code. Immutable.
 *
 * <p>{@code httpStatus}: the HTTP status the docs give, null when they give none; {@code code}:
 * as it appears in error bodies (unescaped, e.g. {@code INVALID_ZONE}); {@code description}:
 * plain text; {@code location}: the table row.
 */
public final class ErrorCode {

  private final Integer httpStatus;
  private final String code;
  private final String description;
  private final SourceLocation location;

  public ErrorCode(Integer httpStatus, String code, String description, SourceLocation location) {
    this.httpStatus = httpStatus;
    this.code = Objects.requireNonNull(code, "code");
    this.description = description == null ? "" : description;
    this.location = Objects.requireNonNull(location, "location");
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ErrorCode)) {
      return false;
    }
    ErrorCode e = (ErrorCode) o;
    return Objects.equals(httpStatus, e.httpStatus) && code.equals(e.code)
        && description.equals(e.description) && location.equals(e.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(httpStatus, code, description, location);
  }

  @Override
  public String toString() {
    return "ErrorCode[httpStatus=" + httpStatus + ", code=" + code + ", description=" + description
        + ", location=" + location + "]";
  }
}
