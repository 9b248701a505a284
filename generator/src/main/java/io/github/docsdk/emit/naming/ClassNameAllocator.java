package io.github.docsdk.emit.naming;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Allocates top-level class names within one package. Unlike JavaPoet's {@code NameAllocator} it
 * compares names ignoring case, because two classes whose names differ only in case cannot live
 * side by side on case-insensitive file systems (macOS, Windows). It also keeps names that would
 * shadow {@code java.lang} types, which generated code uses without importing them.
 */
public final class ClassNameAllocator {

  /** java.lang names the generated code refers to by simple name (or that readers expect). */
  private static final List<String> JAVA_LANG =
      List.of(
          "Boolean", "Character", "Class", "Deprecated", "Double", "Enum", "Exception", "Float",
          "FunctionalInterface", "IllegalArgumentException", "IllegalStateException", "Integer",
          "Iterable", "Long", "Math", "NullPointerException", "Number", "Object", "Override",
          "Record", "Runnable", "RuntimeException", "SafeVarargs", "Short", "String",
          "StringBuilder", "SuppressWarnings", "System", "Thread", "Throwable", "Void",
          "AutoCloseable", "Byte", "CharSequence", "Comparable", "Error");

  private final Set<String> used = new HashSet<>();

  public ClassNameAllocator() {
    JAVA_LANG.forEach(this::reserve);
  }

  /** Marks a name as taken without allocating it. */
  public void reserve(String name) {
    used.add(key(name));
  }

  /** Whether a name (ignoring case) is still free. */
  public boolean isFree(String name) {
    return !used.contains(key(name));
  }

  /**
   * Returns {@code suggestion} if free, else {@code suggestion + suffix}, then with 2, 3, ...
   * appended, and marks the result as taken.
   */
  public String allocate(String suggestion, String suffix) {
    String name = suggestion;
    if (used.contains(key(name))) {
      name = suggestion + suffix;
      for (int i = 2; used.contains(key(name)); i++) {
        name = suggestion + suffix + i;
      }
    }
    used.add(key(name));
    return name;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
