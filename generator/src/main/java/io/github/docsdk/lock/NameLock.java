package io.github.docsdk.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.Iterator;
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
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new LockFormatException(line(e), "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new LockFormatException(1, "not a JSON object");
    }
    JsonNode format = root.get("docsdkLock");
    if (format == null || !format.isInt()) {
      throw new LockFormatException(1, "no \"docsdkLock\" format version");
    }
    if (format.intValue() != FORMAT) {
      throw new LockFormatException(1, "format version " + format.intValue() + " is not known (this generator reads "
          + FORMAT + ")");
    }
    return new NameLock(section(root, "names"), section(root, "removed"));
  }

  private static SortedMap<String, SortedMap<String, String>> section(JsonNode root, String field) {
    SortedMap<String, SortedMap<String, String>> out = new TreeMap<>();
    JsonNode node = root.get(field);
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      throw new LockFormatException(1, "\"" + field + "\" is not an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> scopes = node.fields(); scopes.hasNext(); ) {
      Map.Entry<String, JsonNode> scope = scopes.next();
      if (!scope.getValue().isObject()) {
        throw new LockFormatException(1, "\"" + field + "\"." + scope.getKey() + " is not an object");
      }
      SortedMap<String, String> entries = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = scope.getValue().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isTextual() || e.getValue().textValue().isEmpty()) {
          throw new LockFormatException(1, "\"" + field + "\"." + scope.getKey() + "." + e.getKey()
              + " is not a name");
        }
        entries.put(e.getKey(), e.getValue().textValue());
      }
      if (!entries.isEmpty()) {
        out.put(scope.getKey(), entries);
      }
    }
    return out;
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
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
