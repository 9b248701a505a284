package io.github.docsdk.parse.internal;

import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names the enums found in descriptions. Members listing the same set of values share one enum,
 * named after the member name used most for it (UpperCamel). When two different value sets want
 * one name, or the name is taken by a structure or a different enum, the owner's name is put in
 * front (e.g. {@code EipAvailableStatus}). An enum section with the same values is reused.
 * Deterministic: depends only on the occurrences, not on the order they were found in.
 */
public final class EnumNamer {

  /** What naming produced: placeholder -> name, and the new enum shapes. */
  public record Result(Map<String, String> names, List<EnumShape> shapes) {}

  private EnumNamer() {}

  /**
   * @param sections enum sections already in the model: name -> values
   * @param taken lower-case names already used by shapes and operations
   */
  public static Result name(
      List<TypeResolver.EnumOccurrence> occurrences, Map<String, List<String>> sections, Set<String> taken) {
    // group by value set
    Map<String, List<TypeResolver.EnumOccurrence>> groups = new TreeMap<>();
    for (TypeResolver.EnumOccurrence o : occurrences) {
      groups.computeIfAbsent(valueKey(o.values().stream().map(EnumValue::value).toList()), k -> new ArrayList<>()).add(o);
    }
    Map<String, String> sectionByKey = new HashMap<>();
    sections.forEach((name, values) -> sectionByKey.putIfAbsent(valueKey(values), name));
    for (List<TypeResolver.EnumOccurrence> g : groups.values()) {
      g.sort(Comparator.comparing(TypeResolver.EnumOccurrence::location).thenComparing(TypeResolver.EnumOccurrence::member));
    }
    // preferred name per group
    Map<String, String> preferred = new LinkedHashMap<>();
    Map<String, Integer> wanted = new HashMap<>();
    for (Map.Entry<String, List<TypeResolver.EnumOccurrence>> e : groups.entrySet()) {
      String name = preferredName(e.getValue());
      preferred.put(e.getKey(), name);
      wanted.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Map<String, String> names = new HashMap<>();
    List<EnumShape> shapes = new ArrayList<>();
    Set<String> used = new TreeSet<>(taken);
    for (Map.Entry<String, List<TypeResolver.EnumOccurrence>> e : groups.entrySet()) {
      List<TypeResolver.EnumOccurrence> group = e.getValue();
      String section = sectionByKey.get(e.getKey());
      String name;
      if (section != null) {
        name = section; // the docs define these values already
      } else {
        String base = preferred.get(e.getKey());
        String lower = base.toLowerCase(Locale.ROOT);
        boolean clash = wanted.get(lower) > 1 || used.contains(lower);
        name = clash ? ShapeIndex.baseName(group.get(0).owner()) + base : base;
        int n = 2;
        String stem = name;
        while (used.contains(name.toLowerCase(Locale.ROOT))) {
          name = stem + n++;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        shapes.add(new EnumShape(name, group.get(0).description(), values(group), group.get(0).location()));
      }
      for (TypeResolver.EnumOccurrence o : group) {
        names.put(o.id(), name);
      }
    }
    return new Result(names, shapes);
  }

  private static String valueKey(List<String> values) {
    return String.join("\u0001", new TreeSet<>(values));
  }

  private static String preferredName(List<TypeResolver.EnumOccurrence> group) {
    Map<String, Integer> counts = new TreeMap<>();
    for (TypeResolver.EnumOccurrence o : group) {
      counts.merge(ShapeIndex.baseName(o.member()), 1, Integer::sum);
    }
    String best = null;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (best == null || c.getValue() > counts.get(best)) {
        best = c.getKey();
      }
    }
    return best;
  }

  /** The first occurrence's values, with descriptions filled in from later ones where missing. */
  private static List<EnumValue> values(List<TypeResolver.EnumOccurrence> group) {
    List<EnumValue> out = new ArrayList<>();
    for (EnumValue v : group.get(0).values()) {
      String desc = v.description();
      for (TypeResolver.EnumOccurrence o : group) {
        if (!desc.isEmpty()) {
          break;
        }
        for (EnumValue other : o.values()) {
          if (other.value().equals(v.value()) && !other.description().isEmpty()) {
            desc = other.description();
            break;
          }
        }
      }
      out.add(new EnumValue(v.value(), desc));
    }
    return out;
  }
}
