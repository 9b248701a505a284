package io.github.docsdk.parse.internal;

import io.github.docsdk.read.Link;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Pages outside the docs folder that type and description links lead to (e.g. {@code ../datastructure.md}). */
public final class LinkTargets {

  private LinkTargets() {}

  public static Set<String> outside(Iterable<Raw.Page> pages) {
    Set<String> out = new TreeSet<>();
    for (Raw.Page page : pages) {
      if (page.operation() != null) {
        page.operation().request().forEach(m -> add(m, page.file(), out));
        page.operation().response().forEach(m -> add(m, page.file(), out));
      }
      for (Raw.Shape s : page.shapes()) {
        if (s instanceof Raw.Structure st) {
          st.members().forEach(m -> add(m, page.file(), out));
        }
      }
    }
    return out;
  }

  private static void add(Raw.Member m, String file, Set<String> out) {
    TypeExpr t = m.type();
    while (t instanceof TypeExpr.ListOf l) {
      t = l.element();
    }
    if (t instanceof TypeExpr.Named n && n.link() != null) {
      add(n.link(), file, out);
    }
    m.description().links().forEach(link -> add(link, file, out));
  }

  private static void add(Link link, String file, Set<String> out) {
    String target = link.target();
    if (link.isAbsoluteUrl() || !target.toLowerCase(Locale.ROOT).endsWith(".md") || link.anchor().isEmpty()) {
      return;
    }
    String resolved = ShapeIndex.resolvePath(file, target);
    if (resolved.startsWith("../")) {
      out.add(resolved);
    }
  }
}
