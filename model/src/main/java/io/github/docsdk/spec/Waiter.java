package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;

/**
 * A declared wait for a resource to reach a state: poll a read-only action, find the items in its
 * response and their status, and stop when every item has a success value, when one has a failure
 * value, or at the maximum wait. Declared in the overrides file ({@code waiters}), not read from the
 * docs, which only say in prose which states follow an asynchronous action. Immutable.
 */
public final class Waiter {

  /** What a reply without items (the resource not visible, or gone) means. */
  public enum OnEmpty {
    /** Not visible yet: poll again. */
    KEEP_WAITING("keepWaiting"),
    /** Gone is what was awaited (a released resource). */
    SUCCESS("success"),
    /** Gone means it will never get there (the docs: not found means creation failed). */
    FAILURE("failure");

    private final String json;

    OnEmpty(String json) {
      this.json = json;
    }

    /** The spelling in the overrides file and the model JSON, e.g. {@code keepWaiting}. */
    public String json() {
      return json;
    }

    /** The value spelt {@code json}, or {@code null} when there is none. */
    public static OnEmpty fromJson(String json) {
      for (OnEmpty e : values()) {
        if (e.json.equals(json)) {
          return e;
        }
      }
      return null;
    }
  }

  private final String name;
  private final String description;
  private final String action;
  private final String items;
  private final String id;
  private final String status;
  private final List<String> success;
  private final List<String> failure;
  private final OnEmpty onEmpty;
  private final long pollIntervalMillis;
  private final long maxWaitMillis;
  private final SourceLocation location;

  private Waiter(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.description = b.description == null ? "" : b.description;
    this.action = Objects.requireNonNull(b.action, "action");
    this.items = Objects.requireNonNull(b.items, "items");
    this.id = b.id;
    this.status = Objects.requireNonNull(b.status, "status");
    this.success = List.copyOf(b.success);
    this.failure = List.copyOf(b.failure);
    this.onEmpty = Objects.requireNonNull(b.onEmpty, "onEmpty");
    if (b.pollIntervalMillis <= 0 || b.maxWaitMillis <= 0) {
      throw new IllegalArgumentException("waiter " + name + ": poll interval and max wait must be positive");
    }
    this.pollIntervalMillis = b.pollIntervalMillis;
    this.maxWaitMillis = b.maxWaitMillis;
    this.location = Objects.requireNonNull(b.location, "location");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The waiter's name in UpperCamelCase, e.g. {@code InstanceRunning}. */
  public String name() {
    return name;
  }

  /** What the waiter waits for, in a sentence or two (the generated Javadoc). */
  public String description() {
    return description;
  }

  /** The read-only operation polled, by its model name, e.g. {@code DescribeInstances}. */
  public String action() {
    return action;
  }

  /** Dotted member path from the response to the list of items, e.g. {@code dataSet}. */
  public String items() {
    return items;
  }

  /** Dotted member path from an item to its id (named in failures), or {@code null}. */
  public String id() {
    return id;
  }

  /** Dotted member path from an item to its status, e.g. {@code instanceStatus}. */
  public String status() {
    return status;
  }

  /** The status values that mean an item has arrived; may be empty when only absence succeeds. */
  public List<String> success() {
    return success;
  }

  /** The status values from which the awaited state cannot be reached. */
  public List<String> failure() {
    return failure;
  }

  public OnEmpty onEmpty() {
    return onEmpty;
  }

  /** The default base interval between polls, in milliseconds. */
  public long pollIntervalMillis() {
    return pollIntervalMillis;
  }

  /** The default maximum wait, in milliseconds. */
  public long maxWaitMillis() {
    return maxWaitMillis;
  }

  /** Where the waiter is declared (the overrides file). */
  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Waiter)) {
      return false;
    }
    Waiter w = (Waiter) o;
    return name.equals(w.name) && description.equals(w.description) && action.equals(w.action)
        && items.equals(w.items) && Objects.equals(id, w.id) && status.equals(w.status)
        && success.equals(w.success) && failure.equals(w.failure) && onEmpty == w.onEmpty
        && pollIntervalMillis == w.pollIntervalMillis && maxWaitMillis == w.maxWaitMillis
        && location.equals(w.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, action, items, id, status, success, failure, onEmpty,
        pollIntervalMillis, maxWaitMillis, location);
  }

  @Override
  public String toString() {
    return "Waiter[name=" + name + ", action=" + action + ", items=" + items + ", id=" + id
        + ", status=" + status + ", success=" + success + ", failure=" + failure + ", onEmpty="
        + onEmpty.json() + ", pollIntervalMillis=" + pollIntervalMillis + ", maxWaitMillis="
        + maxWaitMillis + "]";
  }

  /** Collects a waiter's parts; {@link #build} checks that the required ones are there. */
  public static final class Builder {
    private String name;
    private String description;
    private String action;
    private String items;
    private String id;
    private String status;
    private List<String> success = List.of();
    private List<String> failure = List.of();
    private OnEmpty onEmpty = OnEmpty.KEEP_WAITING;
    private long pollIntervalMillis;
    private long maxWaitMillis;
    private SourceLocation location;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder action(String action) {
      this.action = action;
      return this;
    }

    public Builder items(String items) {
      this.items = items;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder success(List<String> success) {
      this.success = List.copyOf(success);
      return this;
    }

    public Builder failure(List<String> failure) {
      this.failure = List.copyOf(failure);
      return this;
    }

    public Builder onEmpty(OnEmpty onEmpty) {
      this.onEmpty = onEmpty;
      return this;
    }

    public Builder pollIntervalMillis(long millis) {
      this.pollIntervalMillis = millis;
      return this;
    }

    public Builder maxWaitMillis(long millis) {
      this.maxWaitMillis = millis;
      return this;
    }

    public Builder location(SourceLocation location) {
      this.location = location;
      return this;
    }

    public Waiter build() {
      return new Waiter(this);
    }
  }
}
