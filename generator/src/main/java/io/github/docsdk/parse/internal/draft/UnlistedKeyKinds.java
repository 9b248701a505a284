package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.read.JsonLite;
import io.github.docsdk.spec.TypeConformance;
import io.github.docsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * For an example key its table does not list: whether its value is of another JSON kind than what
 * the docs say such a key is, either a member of the same table named like it (one is singular,
 * the other plural or a {@code Set}/{@code List}: {@code zoneIds: [..]} against the String {@code
 * zoneId}) or, when the table has none, every member of that exact name elsewhere in the service.
 * The answer names the member(s) it compared with, so the doc writer sees which row the example
 * contradicts.
 */
final class UnlistedKeyKinds {

  /** Every documented member's type by name: requests, responses and structures. */
  private final Map<String, List<TypeRef>> byName = new HashMap<>();
  private final Function<Draft.Member, TypeRef> typeOf;

  /** @param typeOf a member's type with its inline enum named */
  UnlistedKeyKinds(List<Draft.Operation> ops, Map<String, Draft.Structure> structures,
      Function<Draft.Member, TypeRef> typeOf) {
    this.typeOf = typeOf;
    for (Draft.Operation op : ops) {
      op.request().forEach(this::index);
      op.response().forEach(this::index);
    }
    structures.values().forEach(s -> s.members().forEach(this::index));
  }

  private void index(Draft.Member m) {
    byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(typeOf.apply(m));
  }

  /**
   * What the docs say the key is and the value contradicts, as a clause for the diagnostic; empty
   * when the value fits, or when nothing in the docs says what the key is.
   *
   * @param object the example object holding the key (a table member it also holds is not a namesake)
   */
  Optional<String> contradiction(String key, JsonLite.Value value, List<Draft.Member> table, JsonLite.Value object) {
    if (value.kind == JsonLite.Kind.NULL) {
      return Optional.empty();
    }
    TypeConformance.JsonKind kind = TypeConformance.JsonKind.valueOf(value.kind.name());
    String stem = stem(key);
    for (Draft.Member m : table) {
      if (!m.name().equals(key) && stem(m.name()).equals(stem) && !object.fields.containsKey(m.name())) {
        TypeRef type = typeOf.apply(m);
        return TypeConformance.fits(type.kind(), kind) ? Optional.empty()
            : Optional.of("the table's " + m.name() + " is " + type.describe());
      }
    }
    List<TypeRef> namesakes = byName.getOrDefault(key, List.of());
    if (namesakes.isEmpty() || namesakes.stream().anyMatch(t -> TypeConformance.fits(t.kind(), kind))) {
      return Optional.empty();
    }
    List<String> types = namesakes.stream().map(TypeRef::describe).distinct().sorted().toList();
    return Optional.of("every other table types " + key + " as " + String.join(" or ", types));
  }

  /** How the example's value would be typed in a table. */
  static String spelled(JsonLite.Value v) {
    return switch (v.kind) {
      case STRING -> "String";
      case INTEGER -> "Integer";
      case DECIMAL -> "Double";
      case BOOLEAN -> "Boolean";
      case OBJECT -> "a structure";
      case ARRAY -> v.items.isEmpty() ? "Array" : "Array of " + spelled(v.items.get(0));
      case NULL -> "null";
    };
  }

  /** The name without case and without a plural or collection ending: zoneIds, zoneIdSet, zoneId -> zoneid. */
  static String stem(String name) {
    String s = name.toLowerCase(Locale.ROOT);
    for (String ending : List.of("set", "list")) {
      if (s.endsWith(ending) && s.length() > ending.length() + 1) {
        return s.substring(0, s.length() - ending.length());
      }
    }
    return s.endsWith("s") && s.length() > 2 ? s.substring(0, s.length() - 1) : s;
  }
}
