package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * An enumeration: either a section of a data-structure page, or values listed in a member's
 * description (then named after the member, and shared by members that list the same values).
 * Immutable.
 *
 * <p>{@code name}: unique within the service; {@code description}: plain text; {@code values}: in
 * the order the docs list them; {@code location}: the heading or table cell that lists the values.
 */
public final class EnumShape implements Shape {

  private final String name;
  private final String description;
  private final List<EnumValue> values;
  private final SourceLocation location;

  public EnumShape(String name, String description, List<EnumValue> values, SourceLocation location) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = description == null ? "" : description;
    this.values = List.copyOf(values);
    this.location = Objects.requireNonNull(location, "location");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  public List<EnumValue> values() {
    return values;
  }

  @Override
  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EnumShape)) {
      return false;
    }
    EnumShape e = (EnumShape) o;
    return name.equals(e.name) && description.equals(e.description) && values.equals(e.values)
        && location.equals(e.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, values, location);
  }

  @Override
  public String toString() {
    return "EnumShape[name=" + name + ", description=" + description + ", values=" + values
        + ", location=" + location + "]";
  }
}
