package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.lock.LockSession;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names the enums found in descriptions. Members listing the same set of values share one enum,
 * named after the member name used most for it (UpperCamel). An enum section with the same values
 * is reused. When several value sets want one name, the plain name goes to one of them (see
 * {@link #BY_CLAIM}) and only the others get their owner's name in front (e.g.
 * {@code EipAvailableStatus}); when the name is taken by a structure or a section, every such set
 * is prefixed. Deterministic: depends only on the occurrences, not on the order they were found in.
 *
 * <p>With a name lock the identity of an enum sticks: a member the lock names keeps its enum
 * whatever its values became (members sharing an enum keep sharing it, the enum holding the
 * union of their values), a new member listing exactly the values of a locked member joins that
 * enum, and every other value set is named as above but never with a name the lock holds.
 */
final class EnumNamer {

  /**
   * What naming produced: occurrence id -> name, the new enum shapes, and each occurrence's lock
   * entry (member path -> name) with where it is.
   */
  public record Result(Map<Integer, String> names, List<EnumShape> shapes, Map<String, String> byPath,
      Map<String, io.github.docsdk.spec.SourceLocation> where) {}

  /** One value set: its sort key, its occurrences (in source order) and the name it would like. */
  private record Group(String key, List<TypeResolver.EnumOccurrence> occurrences, Set<String> values, String wanted) {

    /** The smallest {@code owner.member} path: a tie-breaker that ignores the values. */
    String firstPath() {
      return occurrences.stream().map(o -> o.owner() + "." + o.member()).min(Comparator.naturalOrder()).orElseThrow();
    }
  }

  /**
   * Which of the value sets wanting one name keeps it, best first. Chosen so a docs change to one
   * member renames as little as possible: when one of several members sharing an enum changes its
   * list, the members left unchanged are the bigger group and keep the name. Between two lone
   * members the one listing more values (a superset when one value was dropped) keeps it: if a
   * value was removed, that member is the unchanged one; if one was added, someone is renamed
   * whichever wins. Last, the smallest member path, so the choice never depends on file order.
   */
  static final Comparator<Group> BY_CLAIM = Comparator
      .comparingInt((Group g) -> g.occurrences().size()).reversed()
      .thenComparing(Comparator.comparingInt((Group g) -> g.values().size()).reversed())
      .thenComparing(Group::firstPath)
      .thenComparing(Group::key);

  private EnumNamer() {}

  /**
   * @param sections enum sections already in the model: name -> values
   * @param taken lower-case names already used by shapes and operations
   */
  public static Result name(
      List<TypeResolver.EnumOccurrence> occurrences, Map<String, List<String>> sections, Set<String> taken) {
    return name(occurrences, sections, taken, LockSession.fresh());
  }

  /** As {@link #name(List, Map, Set)}, through the lock's {@link LockSession#ENUMS} entries. */
  public static Result name(List<TypeResolver.EnumOccurrence> occurrences, Map<String, List<String>> sections,
      Set<String> taken, LockSession lock) {
    Map<Integer, String> names = new HashMap<>();
    // the lock first: each locked member keeps its enum (a section's name, or one of ours)
    Map<String, List<TypeResolver.EnumOccurrence>> locked = new TreeMap<>();
    Map<String, String> lockedByKey = new TreeMap<>();
    List<TypeResolver.EnumOccurrence> rest = new ArrayList<>();
    for (TypeResolver.EnumOccurrence o : occurrences) {
      String name = lock.recorded(LockSession.ENUMS, o.path());
      if (name != null && sections.containsKey(name)) {
        names.put(o.id(), name);
      } else if (name != null && !taken.contains(name.toLowerCase(Locale.ROOT))) {
        locked.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
        lockedByKey.putIfAbsent(valueKey(o.values().stream().map(EnumValue::value).toList()), name);
      } else {
        rest.add(o); // new, or its name now belongs to a structure of the docs
      }
    }
    Map<String, List<TypeResolver.EnumOccurrence>> byKey = new TreeMap<>();
    for (TypeResolver.EnumOccurrence o : rest) {
      byKey.computeIfAbsent(valueKey(o.values().stream().map(EnumValue::value).toList()), k -> new ArrayList<>()).add(o);
    }
    Map<String, String> sectionByKey = new HashMap<>();
    sections.forEach((name, values) -> sectionByKey.putIfAbsent(valueKey(values), name));

    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<TypeResolver.EnumOccurrence>> e : byKey.entrySet()) {
      List<TypeResolver.EnumOccurrence> occ = e.getValue();
      occ.sort(Comparator.comparing(TypeResolver.EnumOccurrence::location).thenComparing(TypeResolver.EnumOccurrence::member));
      String section = sectionByKey.get(e.getKey());
      String joined = lockedByKey.get(e.getKey());
      if (section != null) {
        occ.forEach(o -> names.put(o.id(), section)); // the docs define these values already
      } else if (joined != null) {
        locked.get(joined).addAll(occ); // the very values of a locked member: the same enum
      } else {
        Set<String> values = new TreeSet<>();
        occ.forEach(o -> o.values().forEach(v -> values.add(v.value())));
        groups.add(new Group(e.getKey(), occ, values, preferredName(occ)));
      }
    }

    // the plain names first, one claimant each, so no prefixed name can take one
    Map<String, List<Group>> claims = new TreeMap<>();
    groups.forEach(g -> claims.computeIfAbsent(g.wanted().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(g));
    Set<String> used = new TreeSet<>(taken);
    lock.recordedNames(LockSession.ENUMS).forEach(n -> used.add(n.toLowerCase(Locale.ROOT)));
    locked.keySet().forEach(n -> used.add(n.toLowerCase(Locale.ROOT)));
    Map<String, String> chosen = new HashMap<>(); // value key -> plain name
    for (Map.Entry<String, List<Group>> c : claims.entrySet()) {
      if (!used.contains(c.getKey())) {
        Group winner = c.getValue().stream().min(BY_CLAIM).orElseThrow();
        used.add(c.getKey());
        chosen.put(winner.key(), winner.wanted());
      }
    }
    List<EnumShape> shapes = new ArrayList<>();
    for (Map.Entry<String, List<TypeResolver.EnumOccurrence>> e : locked.entrySet()) {
      List<TypeResolver.EnumOccurrence> occ = e.getValue();
      occ.sort(Comparator.comparing(TypeResolver.EnumOccurrence::location).thenComparing(TypeResolver.EnumOccurrence::member));
      TypeResolver.EnumOccurrence first = occ.get(0);
      shapes.add(new EnumShape(e.getKey(), first.description(), values(occ), first.location()));
      occ.forEach(o -> names.put(o.id(), e.getKey()));
    }
    for (Group g : groups) {
      String name = chosen.get(g.key());
      if (name == null) {
        String stem = ShapeIndex.baseName(g.occurrences().get(0).owner()) + g.wanted();
        name = stem;
        int n = 2;
        while (used.contains(name.toLowerCase(Locale.ROOT))) {
          name = stem + n++;
        }
        used.add(name.toLowerCase(Locale.ROOT));
      }
      TypeResolver.EnumOccurrence first = g.occurrences().get(0);
      shapes.add(new EnumShape(name, first.description(), values(g.occurrences()), first.location()));
      for (TypeResolver.EnumOccurrence o : g.occurrences()) {
        names.put(o.id(), name);
      }
    }
    Map<String, String> byPath = new TreeMap<>();
    Map<String, io.github.docsdk.spec.SourceLocation> where = new HashMap<>();
    for (TypeResolver.EnumOccurrence o : occurrences) {
      byPath.put(o.path(), names.get(o.id()));
      where.putIfAbsent(o.path(), o.location());
    }
    return new Result(names, shapes, byPath, where);
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

  /**
   * The first occurrence's values, then the values only later ones list (a locked enum holds the
   * union of its members' values), with descriptions filled in from later ones where missing.
   */
  private static List<EnumValue> values(List<TypeResolver.EnumOccurrence> group) {
    List<EnumValue> all = new ArrayList<>(group.get(0).values());
    Set<String> seen = new TreeSet<>();
    all.forEach(v -> seen.add(v.value()));
    for (TypeResolver.EnumOccurrence o : group) {
      for (EnumValue v : o.values()) {
        if (seen.add(v.value())) {
          all.add(v);
        }
      }
    }
    List<EnumValue> out = new ArrayList<>();
    for (EnumValue v : all) {
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
