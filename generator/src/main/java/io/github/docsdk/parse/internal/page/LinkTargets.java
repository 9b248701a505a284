package io.github.docsdk.parse.internal.page;

import io.github.docsdk.read.Link;
import io.github.docsdk.spec.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pages outside the docs folder that type and description links lead to (e.g. {@code
 * ../datastructure.md}), and where a link's path leads.
 */
public final class LinkTargets {

  private LinkTargets() {}

  /** @return each target (relative to the docs root, starting with {@code ../}) and where it is first linked */
  public static java.util.SortedMap<String, SourceLocation> outside(Iterable<Raw.Page> pages) {
    java.util.SortedMap<String, SourceLocation> out = new java.util.TreeMap<>();
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

  private static void add(Raw.Member m, String file, java.util.SortedMap<String, SourceLocation> out) {
    TypeExpr t = m.type();
    while (t instanceof TypeExpr.ListOf l) {
      t = l.element();
    }
    if (t instanceof TypeExpr.Named n && n.link() != null) {
      add(n.link(), file, m.location(), out);
    }
    m.description().links().forEach(link -> add(link, file, m.location(), out));
  }

  private static void add(Link link, String file, SourceLocation at, java.util.SortedMap<String, SourceLocation> out) {
    String target = link.target();
    if (link.isAbsoluteUrl() || !target.toLowerCase(Locale.ROOT).endsWith(".md") || link.anchor().isEmpty()) {
      return;
    }
    String resolved = resolvePath(file, target);
    if (resolved.startsWith("../")) {
      out.putIfAbsent(resolved, at);
    }
  }

  /** {@code a/b/page.md} + {@code ../x.md} -> {@code a/x.md}; null when it leaves the root. */
  public static String resolvePath(String fromFile, String relative) {
    String rel = relative.replace('\\', '/');
    try {
      rel = java.net.URLDecoder.decode(rel.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // keep as written
    }
    List<String> parts = new ArrayList<>();
    if (!rel.startsWith("/")) {
      int slash = fromFile.lastIndexOf('/');
      if (slash > 0) {
        parts.addAll(List.of(fromFile.substring(0, slash).split("/")));
      }
    }
    for (String p : rel.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty() || parts.get(parts.size() - 1).equals("..")) {
          parts.add("..");
        } else {
          parts.remove(parts.size() - 1);
        }
      } else {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }
}
