package io.github.docsdk.spec;

import java.util.Objects;

/**
 * A member of a request, a response or a structure. Immutable.
 *
 * <p>{@code name}: the JSON name, exactly as on the wire; {@code type}: enumerated members refer to
 * an {@link EnumShape}; {@code required}: whether the docs mark it as required (only meaningful on
 * requests and structures used in requests); {@code description}: from the docs, as plain text
 * in the small markup {@link DocText} reads (paragraphs, {@code - } items, code spans, links; HTML
 * already turned into text), also available read as {@link #doc()}; {@code location}:
 * where the member's table row is; {@code sensitive}: whether the value is a secret (never shown in
 * logs or {@code toString}).
 */
public final class Member {

  private final String name;
  private final TypeRef type;
  private final boolean required;
  private final String description;
  private final SourceLocation location;
  private final boolean sensitive;
  private final DocText doc;

  public Member(
      String name, TypeRef type, boolean required, String description, SourceLocation location) {
    this(name, type, required, description, location, false);
  }

  public Member(String name, TypeRef type, boolean required, String description, SourceLocation location,
      boolean sensitive) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.required = required;
    this.description = description == null ? "" : description;
    this.location = Objects.requireNonNull(location, "location");
    this.sensitive = sensitive;
    this.doc = DocText.parse(this.description);
  }

  public String name() {
    return name;
  }

  public TypeRef type() {
    return type;
  }

  public boolean required() {
    return required;
  }

  public String description() {
    return description;
  }

  /** The description read as structure. */
  public DocText doc() {
    return doc;
  }

  public SourceLocation location() {
    return location;
  }

  public boolean sensitive() {
    return sensitive;
  }

  public Member withType(TypeRef newType) {
    return new Member(name, newType, required, description, location, sensitive);
  }

  public Member withRequired(boolean newRequired) {
    return new Member(name, type, newRequired, description, location, sensitive);
  }

  public Member withDescription(String newDescription) {
    return new Member(name, type, required, newDescription, location, sensitive);
  }

  public Member withSensitive(boolean newSensitive) {
    return new Member(name, type, required, description, location, newSensitive);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Member)) {
      return false;
    }
    Member m = (Member) o;
    return name.equals(m.name) && type.equals(m.type) && required == m.required
        && description.equals(m.description) && location.equals(m.location) && sensitive == m.sensitive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, required, description, location, sensitive);
  }

  @Override
  public String toString() {
    return "Member[name=" + name + ", type=" + type + ", required=" + required + ", description="
        + description + ", location=" + location + ", sensitive=" + sensitive + "]";
  }
}
