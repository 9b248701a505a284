package io.github.docsdk.emit.naming;

import com.palantir.javapoet.NameAllocator;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * JavaPoet's {@link NameAllocator} (which appends {@code _} to a taken name or a keyword) that
 * can also tell whether a name is free and take a given name, as choosing through the lock needs.
 */
public final class Identifiers {

  private final NameAllocator names = new NameAllocator();
  private final Set<String> used = new HashSet<>();

  /** A free name as close to {@code suggestion} as JavaPoet makes it; now taken. */
  public String newName(String suggestion) {
    String name = names.newName(suggestion);
    used.add(name);
    return name;
  }

  public boolean isFree(String name) {
    return SourceVersion.isName(name) && !used.contains(name);
  }

  /** Takes a free name as it is. */
  public void reserve(String name) {
    if (isFree(name)) {
      newName(name);
    }
  }
}
