package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * An enumeration: either a section of a data-structure page, or values listed in a member's
 * description (then named after the member, and shared by members that list the same values).
 *
 * @param name unique within the service
 * @param description plain text
 * @param values in the order the docs list them
 * @param location the heading or table cell that lists the values
 */
public record EnumShape(
    String name, String description, List<EnumValue> values, SourceLocation location)
    implements Shape {

  public EnumShape {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    values = List.copyOf(values);
    Objects.requireNonNull(location, "location");
  }
}
