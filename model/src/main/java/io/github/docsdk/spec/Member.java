package io.github.docsdk.spec;

import java.util.Objects;

/**
 * A member of a request, a response or a structure.
 *
 * @param name the JSON name, exactly as on the wire
 * @param type its type; enumerated members refer to an {@link EnumShape}
 * @param required whether the docs mark it as required (only meaningful on requests and
 *     structures used in requests)
 * @param description the description from the docs, as plain text with paragraphs separated by
 *     blank lines (HTML already turned into text)
 * @param location where the member's table row is
 */
public record Member(
    String name, TypeRef type, boolean required, String description, SourceLocation location) {

  public Member {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
    Objects.requireNonNull(location, "location");
  }

  public Member withType(TypeRef newType) {
    return new Member(name, newType, required, description, location);
  }

  public Member withRequired(boolean newRequired) {
    return new Member(name, type, newRequired, description, location);
  }
}
