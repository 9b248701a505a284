package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * A structure from a data-structure page (or synthesised for a nested object).
 *
 * @param name unique within the service; a Java-friendly version of the docs' name
 * @param docName the name as the docs' heading wrote it
 * @param description plain text
 * @param members in the order of the docs' table
 * @param location the heading that defines it
 */
public record StructureShape(
    String name, String docName, String description, List<Member> members, SourceLocation location)
    implements Shape {

  public StructureShape {
    Objects.requireNonNull(name, "name");
    docName = docName == null ? name : docName;
    description = description == null ? "" : description;
    members = List.copyOf(members);
    Objects.requireNonNull(location, "location");
  }
}
