package io.github.docsdk.spec;

import java.util.Objects;

/**
 * One value of an enumeration: {@code value}, the wire value exactly as the docs write it, and
 * {@code description}, what the docs say it means (may be empty). Immutable.
 */
public final class EnumValue {

  private final String value;
  private final String description;

  public EnumValue(String value, String description) {
    this.value = Objects.requireNonNull(value, "value");
    this.description = description == null ? "" : description;
  }

  public String value() {
    return value;
  }

  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnumValue
        && value.equals(((EnumValue) o).value)
        && description.equals(((EnumValue) o).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, description);
  }

  @Override
  public String toString() {
    return "EnumValue[value=" + value + ", description=" + description + "]";
  }
}
