package io.github.docsdk.spec;

import java.util.Objects;

/**
 * One value of an enumeration.
 *
 * @param value the wire value, exactly as the docs write it
 * @param description what the docs say it means; may be empty
 */
public record EnumValue(String value, String description) {

  public EnumValue {
    Objects.requireNonNull(value, "value");
    description = description == null ? "" : description;
  }
}
