package io.github.docsdk.parse.internal.draft;

import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.diagnostics.Diags;
import io.github.docsdk.parse.internal.page.LinkTargets;
import io.github.docsdk.parse.internal.page.Names;
import io.github.docsdk.parse.internal.page.Raw;
import io.github.docsdk.read.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shapes defined in the docs, with unique final names, looked up by link (file + anchor, then
 * anchor alone: GitBook URLs and moved pages still resolve) or by name.
 */
final class ShapeIndex {

  /** A defined shape and the unique name it gets in the model. */
  public record Def(Raw.Shape raw, String name) {}

  private final List<Def> defs = new ArrayList<>();
  private final Map<String, List<Def>> byAnchor = new HashMap<>();
  private final Map<String, Def> byFileAnchor = new HashMap<>();
  private final Map<String, List<Def>> byName = new HashMap<>();
  private final Set<String> files;

  /**
   * @param shapes in file order (the caller sorts pages by path)
   * @param files every docs file (relative paths), to tell a missing link target from a present one
   */
  public ShapeIndex(List<Raw.Shape> shapes, Set<String> files, Diags d) {
    this.files = files;
    Map<String, List<Raw.Shape>> groups = new LinkedHashMap<>();
    for (Raw.Shape s : shapes) {
      groups.computeIfAbsent(baseName(s.docName()).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
    }
    Set<String> used = new java.util.HashSet<>();
    groups.keySet().forEach(used::add);
    for (List<Raw.Shape> group : groups.values()) {
      Raw.Shape first = group.get(0);
      add(new Def(first, baseName(first.docName())));
      for (int i = 1; i < group.size(); i++) {
        Raw.Shape other = group.get(i);
        if (sameDefinition(first, other)) {
          d.report(other.location(), DiagnosticCode.DUPLICATE_SHAPE, "\"" + other.docName() + "\" is defined again, identically (first in "
              + first.location() + ")", "definitions merged");
          register(new Def(other, baseName(first.docName())), byDefOf(first));
          continue;
        }
        String folder = folder(other.file());
        String candidate = Names.upperCamel(folder) + baseName(other.docName());
        int n = 2;
        while (!used.add(candidate.toLowerCase(Locale.ROOT))) {
          candidate = Names.upperCamel(folder) + baseName(other.docName()) + n++;
        }
        d.report(other.location(), DiagnosticCode.DUPLICATE_SHAPE_NAME, "\"" + other.docName() + "\" is also defined in "
            + first.location() + " with different content", "named " + candidate + " here");
        add(new Def(other, candidate));
      }
    }
  }

  private Def byDefOf(Raw.Shape raw) {
    for (Def def : defs) {
      if (def.raw() == raw) {
        return def;
      }
    }
    return null;
  }

  /** Links to a merged duplicate lead to the first definition. */
  private void register(Def alias, Def target) {
    if (target == null) {
      return;
    }
    byAnchor.computeIfAbsent(alias.raw().anchorKey(), k -> new ArrayList<>()).add(target);
    byFileAnchor.putIfAbsent(alias.raw().file() + "#" + alias.raw().anchorKey(), target);
  }

  private void add(Def def) {
    defs.add(def);
    byAnchor.computeIfAbsent(def.raw().anchorKey(), k -> new ArrayList<>()).add(def);
    byFileAnchor.putIfAbsent(def.raw().file() + "#" + def.raw().anchorKey(), def);
    byName.computeIfAbsent(def.raw().docName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(def);
    byName.computeIfAbsent(def.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(def);
  }

  static String baseName(String docName) {
    String n = Names.isIdentifier(docName) ? docName : Names.upperCamel(docName);
    return n.isEmpty() ? "Shape" : Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private static String folder(String file) {
    int slash = file.lastIndexOf('/');
    if (slash <= 0) {
      return "Root";
    }
    String dir = file.substring(0, slash);
    return dir.substring(dir.lastIndexOf('/') + 1);
  }

  private static boolean sameDefinition(Raw.Shape a, Raw.Shape b) {
    if (a instanceof Raw.Enum ea && b instanceof Raw.Enum eb) {
      return ea.values().stream().map(v -> v.value()).toList()
          .equals(eb.values().stream().map(v -> v.value()).toList());
    }
    if (a instanceof Raw.Structure sa && b instanceof Raw.Structure sb) {
      return sa.members().stream().map(m -> m.name() + ":" + m.type()).toList()
          .equals(sb.members().stream().map(m -> m.name() + ":" + m.type()).toList());
    }
    return false;
  }

  public boolean hasFile(String file) {
    return files.contains(file);
  }

  public List<Def> defs() {
    return defs;
  }

  /** Result of following a link. */
  public record Found(Def def, boolean targetMissing, boolean byAnchorOnly) {}

  /**
   * Follows a link written in {@code fromFile}: exact file and anchor first, then the anchor in any
   * file. Returns null when no shape has that anchor.
   */
  public Found follow(Link link, String fromFile) {
    String anchor = Names.anchorKey(link.anchor());
    if (anchor.isEmpty()) {
      return null;
    }
    String target = null;
    boolean missing = false;
    if (!link.isAbsoluteUrl()) {
      target = link.target().isEmpty() ? fromFile : LinkTargets.resolvePath(fromFile, link.target());
      missing = target == null || !files.contains(target);
    }
    if (target != null) {
      Def exact = byFileAnchor.get(target + "#" + anchor);
      if (exact != null) {
        return new Found(exact, false, false);
      }
    }
    List<Def> candidates = byAnchor.get(anchor);
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    return new Found(candidates.get(0), missing, !link.isAbsoluteUrl());
  }

  /** Looks a shape up by its name as written (case-insensitive); null when unknown. */
  public Def byName(String name) {
    List<Def> found = byName.get(name.toLowerCase(Locale.ROOT));
    return found == null || found.isEmpty() ? null : found.get(0);
  }
}
