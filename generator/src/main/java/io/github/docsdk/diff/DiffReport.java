package io.github.docsdk.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of comparing two models: every change, sorted by {@link Change#ORDER}.
 *
 * @param oldService e.g. {@code bmc 2022-11-20}
 * @param newService e.g. {@code bmc 2023-01-01}
 * @param changes sorted, worst first
 * @param keptByLock names the new side's name lock kept that its docs alone would have changed
 *     (e.g. {@code ImageInfo.catalog: enum Catalog (without the lock: enum ImageInfoCatalog)}):
 *     changes the lock absorbed, so they are not in {@code changes}; sorted
 */
public record DiffReport(String oldService, String newService, List<Change> changes, List<String> keptByLock) {

  public DiffReport {
    Objects.requireNonNull(oldService, "oldService");
    Objects.requireNonNull(newService, "newService");
    changes = changes.stream().sorted(Change.ORDER).toList();
    keptByLock = keptByLock == null ? List.of() : keptByLock.stream().sorted().toList();
  }

  public DiffReport(String oldService, String newService, List<Change> changes) {
    this(oldService, newService, changes, List.of());
  }

  /** The same report, saying which names the lock kept. */
  public DiffReport withKeptByLock(List<String> kept) {
    return new DiffReport(oldService, newService, changes, kept);
  }

  /** Changes of one impact, in report order. */
  public List<Change> changes(Impact impact) {
    return changes.stream().filter(c -> c.impact() == impact).toList();
  }

  public int count(Impact impact) {
    return (int) changes.stream().filter(c -> c.impact() == impact).count();
  }

  /** Count per impact, every impact present (zero when none). */
  public Map<Impact, Integer> counts() {
    Map<Impact, Integer> counts = new EnumMap<>(Impact.class);
    for (Impact impact : Impact.values()) {
      counts.put(impact, count(impact));
    }
    return counts;
  }

  public boolean hasBreaking() {
    return count(Impact.BREAKING) > 0;
  }

  /** True when no counted change exists (documentation-only changes do not count). */
  public boolean isEmpty() {
    return changes.stream().noneMatch(c -> c.impact().counted());
  }

  /**
   * Major for breaking changes, minor when something was added, patch for any other counted
   * change, none otherwise.
   */
  public VersionBump bump() {
    if (hasBreaking()) {
      return VersionBump.MAJOR;
    }
    if (changes.stream().anyMatch(c -> c.impact().counted() && isAddition(c.kind()))) {
      return VersionBump.MINOR;
    }
    return isEmpty() ? VersionBump.NONE : VersionBump.PATCH;
  }

  /** The next version after {@code previousVersion} (may be null: then only the step). */
  public VersionSuggestion suggestVersion(String previousVersion) {
    return VersionSuggestion.of(bump(), previousVersion);
  }

  private static boolean isAddition(ChangeKind kind) {
    return switch (kind) {
      case OPERATION_ADDED, PAGINATOR_ADDED, STRUCTURE_ADDED, ENUM_ADDED, MEMBER_ADDED, ENUM_VALUE_ADDED,
          ERROR_ADDED, WAITER_ADDED -> true;
      default -> false;
    };
  }
}
