package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.docsdk.emit.model.TypeMapper.View;
import io.github.docsdk.emit.naming.Identifiers;
import io.github.docsdk.emit.naming.JavaNames;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.spec.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One member of a generated model class with every Java name it needs. Names are allocated per
 * class as JavaPoet's {@code NameAllocator} would ({@link Identifiers}): the methods every model
 * has are reserved first, then each member's own name (so accessors match the JSON names whenever
 * Java allows), then the derived names ({@code hasXxx}, {@code xxxAsString}, {@code
 * xxxWithStrings}), so a clash only ever renames the derived method.
 *
 * @param member the member from the spec
 * @param view how the accessor relates to the raw value
 * @param raw field and JSON type
 * @param api accessor type
 * @param name accessor and builder-setter name (the JSON name whenever Java allows)
 * @param field field and parameter name: always starts in lower case, so it can never hide a
 *     type such as {@code Objects} or an enum class named like the member in expressions
 * @param asString raw accessor for enums and timestamps, else null
 * @param has presence check for lists, else null
 * @param withStrings builder setter taking raw Strings for lists of enums or timestamps, else null
 * @param secret whether toString masks the value (the model's {@code sensitive} trait)
 */
public record ModelMember(
    Member member,
    View view,
    TypeName raw,
    TypeName api,
    String name,
    String field,
    String asString,
    String has,
    String withStrings,
    boolean secret) {

  /** Methods every model class or its builder has. */
  private static final List<String> RESERVED =
      List.of("builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass",
          "notify", "notifyAll", "wait", "clone", "finalize", "applyMutation", "unknownFields",
          "unknownField", "putAdditionalField", "overrideConfiguration", "fromJson", "toJson", "writeJson");

  public String jsonName() {
    return member.name();
  }

  public boolean isList() {
    return view == View.LIST || view == View.LIST_OF_ENUM || view == View.LIST_OF_TIMESTAMP;
  }

  /**
   * Plans the members of one class, dropping later duplicates of a JSON name and empty names.
   * Accessor names go through the lock (scope: the class), so a member keeps its accessor.
   */
  public static List<ModelMember> plan(ClassName owner, List<Member> members, TypeMapper types) {
    return types.planned(owner, members, () -> planAfresh(owner, members, types));
  }

  private static List<ModelMember> planAfresh(ClassName owner, List<Member> members, TypeMapper types) {
    Identifiers names = new Identifiers();
    RESERVED.forEach(names::newName);
    Set<String> seen = new HashSet<>();
    List<Member> unique = new ArrayList<>();
    for (Member m : members) {
      // "" is no member name the docs can mean
      if (!m.name().isEmpty() && seen.add(m.name())) {
        unique.add(m);
      }
    }
    Map<String, Member> byJson = new LinkedHashMap<>();
    unique.forEach(m -> byJson.put(m.name(), m));
    Map<String, String> chosen = types.names().lock().choose(LockSession.members(owner.simpleName()),
        List.copyOf(byJson.keySet()), names::isFree, names::reserve,
        json -> names.newName(JavaNames.memberName(json)), json -> byJson.get(json).location());
    List<String> primary = new ArrayList<>(chosen.values());
    Identifiers fieldNames = new Identifiers();
    // package roots: a variable named like one would hide a fully qualified type name
    List.of("java", "javax", "com", "org", "io", "net").forEach(fieldNames::newName);
    // the field of unknown or additional fields, and of per-request overrides
    List.of("unknownFields", "overrideConfiguration").forEach(fieldNames::newName);
    List<String> fields = new ArrayList<>();
    for (String p : primary) {
      fields.add(fieldNames.newName(JavaNames.lowerCamel(p, "member")));
    }
    List<ModelMember> out = new ArrayList<>();
    for (int i = 0; i < unique.size(); i++) {
      Member m = unique.get(i);
      String name = primary.get(i);
      View view = types.view(m.type());
      boolean list = view == View.LIST || view == View.LIST_OF_ENUM || view == View.LIST_OF_TIMESTAMP;
      boolean converted = view != View.PLAIN && view != View.LIST;
      String has = list ? names.newName("has" + capitalize(name)) : null;
      String asString = converted ? names.newName(name + (list ? "AsStrings" : "AsString")) : null;
      String withStrings = list && converted ? names.newName(name + "WithStrings") : null;
      out.add(new ModelMember(m, view, types.raw(m.type()), types.api(m.type()), name, fields.get(i), asString,
          has, withStrings, m.sensitive()));
    }
    return List.copyOf(out);
  }

  /** The raw element type of a list member. */
  public TypeName rawElement() {
    return ((ParameterizedTypeName) raw).typeArguments().get(0);
  }

  /** The API element type of a list member. */
  public TypeName apiElement() {
    return ((ParameterizedTypeName) api).typeArguments().get(0);
  }

  private static String capitalize(String s) {
    String t = s.startsWith("_") ? s.substring(1) : s;
    return t.isEmpty() ? "Value" : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
