package io.github.docsdk.diff;

import io.github.docsdk.spec.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between two models.
 *
 * @param impact what it does to SDK users
 * @param kind what changed
 * @param target what it changed, as a dotted path: {@code DescribeImages},
 *     {@code DescribeImages.request.catalog}, {@code ImageInfo.imageId} (a structure member),
 *     {@code Catalog.esxi} (an enum value), {@code DescribeImages.errors.INVALID_ZONE},
 *     {@code commonErrors.INTERNAL_SERVER_ERROR}
 * @param before the old value (a type, a flag, a status, a wire name); empty when not applicable
 * @param after the new value; empty when not applicable
 * @param location where the new docs write it; null when it is gone from them
 * @param oldLocation where the old docs wrote it; null when it is new
 */
public record Change(
    Impact impact,
    ChangeKind kind,
    String target,
    String before,
    String after,
    SourceLocation location,
    SourceLocation oldLocation) {

  /** Worst first, then by target, so reports never depend on model order. */
  public static final Comparator<Change> ORDER =
      Comparator.comparing(Change::impact)
          .thenComparing(Change::target)
          .thenComparing(Change::kind)
          .thenComparing(Change::before)
          .thenComparing(Change::after);

  public Change {
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    before = before == null ? "" : before;
    after = after == null ? "" : after;
  }

  /** The most useful place to point a reader at: the new docs, else where it used to be. */
  public SourceLocation where() {
    return location != null ? location : oldLocation;
  }

  /** e.g. {@code type changed: String -> Integer}; just the label when there is no before/after. */
  public String summary() {
    if (before.isEmpty() && after.isEmpty()) {
      return kind.label();
    }
    if (before.isEmpty()) {
      return kind.label() + ": " + after;
    }
    if (after.isEmpty()) {
      return kind.label() + ": " + before;
    }
    return kind.label() + ": " + before + " -> " + after;
  }
}
