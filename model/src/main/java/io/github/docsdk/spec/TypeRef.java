package io.github.docsdk.spec;

import java.util.Objects;

/**
 * The type of a member. Scalars carry only their kind; {@code LIST} carries its element type;
 * {@code STRUCTURE} and {@code ENUM} carry the name of a shape of the service. Immutable.
 *
 * <p>{@code kind}: what sort of type; {@code shape}: the referenced shape's name, for {@code
 * STRUCTURE} and {@code ENUM}, otherwise null; {@code element}: the element type, for {@code LIST},
 * otherwise null.
 */
public final class TypeRef {

  /** Kinds of type in the docs' type system ({@code datatype.md}) plus references. */
  public enum Kind {
    STRING,
    /** Documented as up to unsigned 64-bit. */
    INTEGER,
    BOOLEAN,
    FLOAT,
    DOUBLE,
    BIGDECIMAL,
    /** ISO-8601 text on the wire. */
    TIMESTAMP,
    LIST,
    STRUCTURE,
    ENUM;

    public boolean isScalar() {
      return this != LIST && this != STRUCTURE && this != ENUM;
    }
  }

  public static final TypeRef STRING = new TypeRef(Kind.STRING, null, null);
  public static final TypeRef INTEGER = new TypeRef(Kind.INTEGER, null, null);
  public static final TypeRef BOOLEAN = new TypeRef(Kind.BOOLEAN, null, null);
  public static final TypeRef FLOAT = new TypeRef(Kind.FLOAT, null, null);
  public static final TypeRef DOUBLE = new TypeRef(Kind.DOUBLE, null, null);
  public static final TypeRef BIGDECIMAL = new TypeRef(Kind.BIGDECIMAL, null, null);
  public static final TypeRef TIMESTAMP = new TypeRef(Kind.TIMESTAMP, null, null);

  private final Kind kind;
  private final String shape;
  private final TypeRef element;

  public TypeRef(Kind kind, String shape, TypeRef element) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (kind == Kind.LIST) {
      Objects.requireNonNull(element, "element");
    } else if (kind == Kind.STRUCTURE || kind == Kind.ENUM) {
      Objects.requireNonNull(shape, "shape");
    }
    this.shape = shape;
    this.element = element;
  }

  public Kind kind() {
    return kind;
  }

  public String shape() {
    return shape;
  }

  public TypeRef element() {
    return element;
  }

  public static TypeRef scalar(Kind kind) {
    if (!kind.isScalar()) {
      throw new IllegalArgumentException(kind + " is not a scalar kind");
    }
    return new TypeRef(kind, null, null);
  }

  public static TypeRef listOf(TypeRef element) {
    return new TypeRef(Kind.LIST, null, element);
  }

  public static TypeRef structure(String name) {
    return new TypeRef(Kind.STRUCTURE, name, null);
  }

  public static TypeRef enumeration(String name) {
    return new TypeRef(Kind.ENUM, name, null);
  }

  public boolean isList() {
    return kind == Kind.LIST;
  }

  /** A compact, human-readable form: {@code String}, {@code List<ImageInfo>}, {@code enum Catalog}. */
  public String describe() {
    switch (kind) {
      case LIST:
        return "List<" + element.describe() + ">";
      case STRUCTURE:
        return shape;
      case ENUM:
        return "enum " + shape;
      default:
        return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TypeRef)) {
      return false;
    }
    TypeRef t = (TypeRef) o;
    return kind == t.kind && Objects.equals(shape, t.shape) && Objects.equals(element, t.element);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, shape, element);
  }

  @Override
  public String toString() {
    return "TypeRef[kind=" + kind + ", shape=" + shape + ", element=" + element + "]";
  }
}
