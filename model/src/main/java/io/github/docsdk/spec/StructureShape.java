package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * A structure from a data-structure page (or synthesised for a nested object). Immutable.
 *
 * <p>{@code name}: unique within the service, a Java-friendly version of the docs' name; {@code
 * docName}: the name as the docs' heading wrote it; {@code description}: plain text; {@code
 * members}: in the order of the docs' table; {@code location}: the heading that defines it.
 */
public final class StructureShape implements Shape {

  private final String name;
  private final String docName;
  private final String description;
  private final List<Member> members;
  private final SourceLocation location;

  public StructureShape(
      String name, String docName, String description, List<Member> members, SourceLocation location) {
    this.name = Objects.requireNonNull(name, "name");
    this.docName = docName == null ? name : docName;
    this.description = description == null ? "" : description;
    this.members = List.copyOf(members);
    this.location = Objects.requireNonNull(location, "location");
  }

  @Override
  public String name() {
    return name;
  }

  public String docName() {
    return docName;
  }

  @Override
  public String description() {
    return description;
  }

  public List<Member> members() {
    return members;
  }

  @Override
  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StructureShape)) {
      return false;
    }
    StructureShape s = (StructureShape) o;
    return name.equals(s.name) && docName.equals(s.docName) && description.equals(s.description)
        && members.equals(s.members) && location.equals(s.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, docName, description, members, location);
  }

  @Override
  public String toString() {
    return "StructureShape[name=" + name + ", docName=" + docName + ", description=" + description
        + ", members=" + members + ", location=" + location + "]";
  }
}
