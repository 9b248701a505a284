package io.github.docsdk.emit.naming;

import com.palantir.javapoet.NameAllocator;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Allocates names as JavaPoet's {@link NameAllocator} does (a taken name or a keyword gets
 * {@code _} appended), and can also tell whether a name is free and take a given name, as choosing
 * through the lock needs. Not a NameAllocator itself: its {@code newName(String)} tags every name
 * with a random UUID, and the first SecureRandom of a run costs more than all the naming.
 */
public final class Identifiers {

  private final Set<String> used = new HashSet<>();

  /** A free name as close to {@code suggestion} as JavaPoet makes it; now taken. */
  public String newName(String suggestion) {
    String name = NameAllocator.toJavaIdentifier(suggestion);
    while (SourceVersion.isKeyword(name) || !used.add(name)) {
      name = name + "_";
    }
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
