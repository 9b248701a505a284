package io.github.docsdk.lock;

import io.github.docsdk.spec.SourceLocation;

/**
 * One entry a run would change in the lock.
 *
 * @param scope the entry's scope
 * @param key the element
 * @param before its name in the lock, or null when the element is new
 * @param after the name this run gives it, or null when the element left the docs
 * @param at where the docs define the element, or null when not known
 */
public record LockChange(String scope, String key, String before, String after, SourceLocation at) {

  /** A sentence for a frozen-lock error. */
  public String describe() {
    String element = scope + " " + key;
    if (before == null) {
      return "new name " + after + " for " + element + " is not in the lock";
    }
    if (after == null) {
      return element + " (" + before + ") is no longer in the docs; the lock would mark it removed";
    }
    return element + " would be named " + after + " instead of the locked " + before;
  }
}
