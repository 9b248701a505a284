package io.github.docsdk.lock;

import io.github.docsdk.read.JsonLite;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The names a generator run chose, per model element, as kept in {@code docsdk-lock.json}: the
 * next run takes them again, so editing the docs never renames what users already compile
 * against. Entries live in scopes (one per namespace: the model package's classes, one client,
 * one model's accessors, one enum's constants, ...), keyed by the element they name. An element
 * that left the docs keeps its entry under {@code removed}, so no other element can take its name
 * and it gets the same name back if it returns. Immutable.
 */
public final class NameLock {

  /** The format version written in {@code docsdkLock}. */
  public static final int FORMAT = 1;

  /** The lock file's name inside the docs folder. */
  public static final String FILE_NAME = "docsdk-lock.json";

  private static final NameLock EMPTY = new NameLock(new TreeMap<>(), new TreeMap<>());

  private final SortedMap<String, SortedMap<String, String>> live;
  private final SortedMap<String, SortedMap<String, String>> removed;

  NameLock(SortedMap<String, SortedMap<String, String>> live, SortedMap<String, SortedMap<String, String>> removed) {
    this.live = deepCopy(live);
    this.removed = deepCopy(removed);
  }

  /** No lock: every name is chosen afresh, as without a lock file. */
  public static NameLock empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return live.isEmpty() && removed.isEmpty();
  }

  /** The name recorded for an element, live or removed; null when the lock has none. */
  public String recorded(String scope, String key) {
    String name = live.getOrDefault(scope, Collections.emptySortedMap()).get(key);
    return name != null ? name : removed.getOrDefault(scope, Collections.emptySortedMap()).get(key);
  }

  /** Whether the element's entry is marked removed. */
  public boolean isRemoved(String scope, String key) {
    return !live.getOrDefault(scope, Collections.emptySortedMap()).containsKey(key)
        && removed.getOrDefault(scope, Collections.emptySortedMap()).containsKey(key);
  }

  /** Entries in use, scope by scope, sorted. */
  public SortedMap<String, SortedMap<String, String>> live() {
    return Collections.unmodifiableSortedMap(live);
  }

  /** Entries of elements that left the docs, scope by scope, sorted. */
  public SortedMap<String, SortedMap<String, String>> removed() {
    return Collections.unmodifiableSortedMap(removed);
  }

  /** Every name recorded in a scope (live and removed), for new elements to stay clear of. */
  public Iterable<String> names(String scope) {
    java.util.List<String> out = new java.util.ArrayList<>();
    out.addAll(live.getOrDefault(scope, Collections.emptySortedMap()).values());
    out.addAll(removed.getOrDefault(scope, Collections.emptySortedMap()).values());
    return out;
  }

  /**
   * Reads a lock file's text.
   *
   * @throws LockFormatException when it is not a lock of a known format version
   */
  public static NameLock parse(String json) {
    // The streaming reader, not a databind tree: a generate run then never loads jackson-databind,
    // which costs a fresh process about a fifth of a second.
    JsonLite.Result read = JsonLite.parse(json);
    if (!read.ok()) {
      throw new LockFormatException(read.errorLine(), "not JSON: " + read.error());
    }
    JsonLite.Value root = read.value();
    if (root.kind != JsonLite.Kind.OBJECT) {
      throw new LockFormatException(root.line, "not a JSON object");
    }
    JsonLite.Field format = root.fields.get("docsdkLock");
    if (format == null || format.value().kind != JsonLite.Kind.INTEGER) {
      throw new LockFormatException(format == null ? root.line : format.line(), "no \"docsdkLock\" format version");
    }
    if (!String.valueOf(FORMAT).equals(format.value().text)) {
      throw new LockFormatException(format.line(), "format version " + format.value().text
          + " is not known (this generator reads " + FORMAT + ")");
    }
    return new NameLock(section(root, "names"), section(root, "removed"));
  }

  private static SortedMap<String, SortedMap<String, String>> section(JsonLite.Value root, String field) {
    SortedMap<String, SortedMap<String, String>> out = new TreeMap<>();
    JsonLite.Field node = root.fields.get(field);
    if (node == null) {
      return out;
    }
    if (node.value().kind != JsonLite.Kind.OBJECT) {
      throw new LockFormatException(node.line(), "\"" + field + "\" is not an object");
    }
    for (JsonLite.Field scope : node.value().fields.values()) {
      if (scope.value().kind != JsonLite.Kind.OBJECT) {
        throw new LockFormatException(scope.line(), "\"" + field + "\"." + scope.name() + " is not an object");
      }
      SortedMap<String, String> entries = new TreeMap<>();
      for (JsonLite.Field e : scope.value().fields.values()) {
        if (e.value().kind != JsonLite.Kind.STRING || e.value().text.isEmpty()) {
          throw new LockFormatException(e.line(), "\"" + field + "\"." + scope.name() + "." + e.name()
              + " is not a name");
        }
        entries.put(e.name(), e.value().text);
      }
      if (!entries.isEmpty()) {
        out.put(scope.name(), entries);
      }
    }
    return out;
  }

  /** The lock file's text: sorted, one entry a line, so a change shows as a small diff. */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n  \"docsdkLock\": ").append(FORMAT);
    write(out, "names", live);
    write(out, "removed", removed);
    return out.append("\n}\n").toString();
  }

  private static void write(StringBuilder out, String field, SortedMap<String, SortedMap<String, String>> scopes) {
    out.append(",\n  ").append(quote(field)).append(": {");
    String scopeSep = "\n";
    for (Map.Entry<String, SortedMap<String, String>> scope : scopes.entrySet()) {
      out.append(scopeSep).append("    ").append(quote(scope.getKey())).append(": {");
      String sep = "\n";
      for (Map.Entry<String, String> e : scope.getValue().entrySet()) {
        out.append(sep).append("      ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
        sep = ",\n";
      }
      out.append("\n    }");
      scopeSep = ",\n";
    }
    out.append(scopes.isEmpty() ? "}" : "\n  }");
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c)); // ASCII only: the file reads the same everywhere
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static SortedMap<String, SortedMap<String, String>> deepCopy(SortedMap<String, SortedMap<String, String>> in) {
    SortedMap<String, SortedMap<String, String>> out = new TreeMap<>();
    in.forEach((scope, entries) -> {
      if (!entries.isEmpty()) {
        out.put(scope, Collections.unmodifiableSortedMap(new TreeMap<>(entries)));
      }
    });
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameLock other && live.equals(other.live) && removed.equals(other.removed);
  }

  @Override
  public int hashCode() {
    return live.hashCode() * 31 + removed.hashCode();
  }
}
