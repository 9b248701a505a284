package io.github.docsdk.diff;

import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs enums that vanished with the enums that took their place. Enums found in descriptions are
 * named by the parser after the members that list them and shared by members listing the same
 * values, so removing one value from one member's list splits {@code Catalog}: the unchanged
 * members keep it and the edited one moves to a new {@code DescribeImagesCatalog} (older models may
 * show both halves renamed). Matching by name alone would report that as an enum added and a
 * member's type changed; following the members shows
 * what happened: the enum was renamed for some or all of its members (they now use an enum that
 * did not exist before), and its values changed or not.
 */
final class EnumRenames {

  /** old enum name -> new enum names its members use now, sorted. */
  private final Map<String, Set<String>> renamed = new TreeMap<>();
  private final Set<String> targets = new TreeSet<>();

  private EnumRenames() {}

  static EnumRenames of(Service oldModel, Service newModel) {
    EnumRenames r = new EnumRenames();
    Set<String> oldNames = new TreeSet<>();
    oldModel.shapes().forEach(s -> oldNames.add(s.name()));
    Set<String> newEnums = new TreeSet<>();
    newModel.enums().forEach(e -> newEnums.add(e.name()));
    Map<String, String> newSites = enumSites(newModel);
    enumSites(oldModel).forEach((site, oldEnum) -> {
      String newEnum = newSites.get(site);
      // a member moved from an enum to one that did not exist before: the old one was renamed
      // (or split, when other members still use it)
      if (newEnum != null && !oldNames.contains(newEnum) && newEnums.contains(newEnum)) {
        r.renamed.computeIfAbsent(oldEnum, k -> new TreeSet<>()).add(newEnum);
        r.targets.add(newEnum);
      }
    });
    return r;
  }

  /** The enums {@code oldEnum} became; empty when it was simply removed. */
  Set<String> renamedTo(String oldEnum) {
    return renamed.getOrDefault(oldEnum, Set.of());
  }

  /** Whether a new enum took the place of an old one (so it is no plain addition). */
  boolean isRenameTarget(String newEnum) {
    return targets.contains(newEnum);
  }

  /** Equal types, or types that differ only by an enum replaced by its renamed successor. */
  boolean sameModuloRenames(TypeRef before, TypeRef after) {
    if (before.equals(after)) {
      return true;
    }
    if (before.kind() != after.kind()) {
      return false;
    }
    return switch (before.kind()) {
      case LIST -> sameModuloRenames(before.element(), after.element());
      case ENUM -> renamedTo(before.shape()).contains(after.shape());
      default -> false;
    };
  }

  /** Every member path that uses an enum ({@code Op.request.m}, {@code Struct.m}) -> the enum. */
  private static Map<String, String> enumSites(Service service) {
    Map<String, String> sites = new HashMap<>();
    for (Operation op : service.operations()) {
      collect(op.name() + ".request.", op.request(), sites);
      collect(op.name() + ".response.", op.response(), sites);
    }
    for (StructureShape s : service.structures()) {
      collect(s.name() + ".", s.members(), sites);
    }
    return sites;
  }

  private static void collect(String prefix, List<Member> members, Map<String, String> sites) {
    for (Member m : members) {
      TypeRef t = m.type();
      while (t.isList()) {
        t = t.element();
      }
      if (t.kind() == TypeRef.Kind.ENUM) {
        sites.putIfAbsent(prefix + m.name(), t.shape());
      }
    }
  }
}
