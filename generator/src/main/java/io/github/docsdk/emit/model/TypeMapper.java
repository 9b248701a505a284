package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import io.github.docsdk.spec.TypeRef.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Maps the docs' types to Java. Each member has a <em>raw</em> type, kept in the field and bound
 * to JSON (enums and timestamps stay the wire String, so an unknown value or an unparsable date
 * never fails a response), and an <em>API</em> type that its accessor returns.
 */
public final class TypeMapper {

  /** How a member's accessor relates to its raw value. */
  public enum View {
    /** The accessor returns the raw value. */
    PLAIN,
    /** Raw String, accessor gives the enum, {@code xxxAsString()} the raw String. */
    ENUM,
    /** Raw String, accessor gives an Instant, {@code xxxAsString()} the raw String. */
    TIMESTAMP,
    /** Raw list (null when absent), accessor gives the list or an empty one. */
    LIST,
    /** Raw list of Strings, accessor converts each to the enum. */
    LIST_OF_ENUM,
    /** Raw list of Strings, accessor converts each to an Instant. */
    LIST_OF_TIMESTAMP
  }

  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  // made once: ClassName.get(Class) reflects on the class each time
  private static final ClassName LONG = ClassName.get("java.lang", "Long");
  private static final ClassName BOOLEAN = ClassName.get("java.lang", "Boolean");
  private static final ClassName DOUBLE = ClassName.get("java.lang", "Double");
  private static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

  private final Service service;
  private final ServiceNames names;
  /**
   * Each class's members, planned once by canonical class name: the model class, the client's
   * paginators, the request checks and the waiters all ask for the same plan.
   */
  private final Map<String, Planned> plans = new HashMap<>();

  private record Planned(List<Member> members, List<ModelMember> planned) {}

  public TypeMapper(Service service, ServiceNames names) {
    this.service = service;
    this.names = names;
  }

  /** The names of the SDK the types belong to. */
  public ServiceNames names() {
    return names;
  }

  /** The plan of {@code owner}'s members, made by {@code plan} the first time it is asked for. */
  List<ModelMember> planned(ClassName owner, List<Member> members, Supplier<List<ModelMember>> plan) {
    Planned known = plans.get(owner.canonicalName());
    if (known == null || known.members() != members) {
      known = new Planned(members, plan.get());
      plans.put(owner.canonicalName(), known);
    }
    return known.planned();
  }

  public View view(TypeRef type) {
    switch (type.kind()) {
      case ENUM:
        return isKnownEnum(type) ? View.ENUM : View.PLAIN;
      case TIMESTAMP:
        return View.TIMESTAMP;
      case LIST:
        View element = view(type.element());
        if (element == View.ENUM) {
          return View.LIST_OF_ENUM;
        }
        return element == View.TIMESTAMP ? View.LIST_OF_TIMESTAMP : View.LIST;
      default:
        return View.PLAIN;
    }
  }

  /** The type of the field and of the JSON binding. */
  public TypeName raw(TypeRef type) {
    switch (type.kind()) {
      case STRING:
      case TIMESTAMP:
      case ENUM:
        return STRING;
      case INTEGER:
        return LONG;
      case BOOLEAN:
        return BOOLEAN;
      case FLOAT:
      case DOUBLE:
        return DOUBLE;
      case BIGDECIMAL:
        return BIG_DECIMAL;
      case LIST:
        return ParameterizedTypeName.get(LIST, raw(type.element()));
      case STRUCTURE:
        ClassName cls = structureClass(type);
        return cls == null ? ClassName.OBJECT : cls; // free-form: a plain JSON value
      default:
        throw new IllegalArgumentException("unknown kind " + type.kind());
    }
  }

  /**
   * Whether a raw type is {@code Object} (a free-form JSON value). Not {@code TypeName.equals},
   * which renders both names to compare them.
   */
  static boolean isObject(TypeName raw) {
    return raw instanceof ClassName c && c.canonicalName().equals("java.lang.Object");
  }

  /** The type the accessor returns. */
  public TypeName api(TypeRef type) {
    switch (view(type)) {
      case ENUM:
        return names.shape(type.shape());
      case TIMESTAMP:
        return INSTANT;
      case LIST_OF_ENUM:
      case LIST_OF_TIMESTAMP:
        return ParameterizedTypeName.get(LIST, api(type.element()));
      default:
        return raw(type);
    }
  }

  /** The enum class of an ENUM or LIST_OF_ENUM member. */
  public ClassName enumClass(TypeRef type) {
    TypeRef t = type.kind() == Kind.LIST ? type.element() : type;
    return names.shape(t.shape());
  }

  private boolean isKnownEnum(TypeRef type) {
    return names.shape(type.shape()) != null
        && service.shape(type.shape()).filter(s -> !(s instanceof StructureShape)).isPresent();
  }

  private ClassName structureClass(TypeRef type) {
    boolean known = service.shape(type.shape()).filter(StructureShape.class::isInstance).isPresent();
    return known ? names.shape(type.shape()) : null;
  }
}
