package io.github.docsdk.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An action that changes a resource's state or removes it: the request member naming the
 * resources (a list of ids or one id), the states it is allowed from, the transitional states it
 * passes through, and then either the state it ends in or its removal; the documented error when
 * the resource is in another state ({@code denied}), with per-state exceptions ({@code deniedIn},
 * e.g. {@code RECYCLE} to {@code OPERATION_DENIED_INSTANCE_RECYCLED}). Immutable; built with
 * {@link #builder()}.
 */
public final class ResourceAction {

  private final String action;
  private final String ids;
  private final List<String> from;
  private final List<String> via;
  private final String to;
  private final boolean removes;
  private final String denied;
  private final Map<String, String> deniedIn;

  private ResourceAction(Builder b) {
    this.action = Objects.requireNonNull(b.action, "action");
    this.ids = Objects.requireNonNull(b.ids, "ids");
    this.from = List.copyOf(b.from);
    this.via = List.copyOf(b.via);
    this.to = b.to;
    this.removes = b.removes;
    if ((to == null) != removes) {
      throw new IllegalArgumentException("action " + action + " needs either a target state or removes, not both");
    }
    this.denied = b.denied;
    this.deniedIn = Collections.unmodifiableMap(new TreeMap<>(b.deniedIn));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The action's documented name. */
  public String action() {
    return action;
  }

  /** The request member with the resource ids (a list) or id (a string). */
  public String ids() {
    return ids;
  }

  /** The states the action is allowed from. */
  public List<String> from() {
    return from;
  }

  /** The transitional states, in order (may be empty). */
  public List<String> via() {
    return via;
  }

  /** The state the resource ends in, or null when the action removes it. */
  public String to() {
    return to;
  }

  /** Whether the resource is gone once the transitional states are over. */
  public boolean removes() {
    return removes;
  }

  /** The documented error for a resource in a state not allowed, or null (the mock's own). */
  public String denied() {
    return denied;
  }

  /** Per-state documented errors, winning over {@link #denied()}; sorted by state. */
  public Map<String, String> deniedIn() {
    return deniedIn;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResourceAction)) {
      return false;
    }
    ResourceAction a = (ResourceAction) o;
    return action.equals(a.action) && ids.equals(a.ids) && from.equals(a.from) && via.equals(a.via)
        && Objects.equals(to, a.to) && removes == a.removes && Objects.equals(denied, a.denied)
        && deniedIn.equals(a.deniedIn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, ids, from, via, to, removes, denied, deniedIn);
  }

  @Override
  public String toString() {
    return "ResourceAction[action=" + action + ", ids=" + ids + ", from=" + from + ", via=" + via + ", to=" + to
        + ", removes=" + removes + ", denied=" + denied + ", deniedIn=" + deniedIn + "]";
  }

  /** Builds a {@link ResourceAction}; action, ids and either to or removes are required. */
  public static final class Builder {
    private String action;
    private String ids;
    private List<String> from = List.of();
    private List<String> via = List.of();
    private String to;
    private boolean removes;
    private String denied;
    private Map<String, String> deniedIn = Map.of();

    private Builder() {}

    public Builder action(String action) {
      this.action = action;
      return this;
    }

    public Builder ids(String ids) {
      this.ids = ids;
      return this;
    }

    public Builder from(List<String> from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    public Builder via(List<String> via) {
      this.via = Objects.requireNonNull(via, "via");
      return this;
    }

    public Builder to(String to) {
      this.to = to;
      return this;
    }

    public Builder removes(boolean removes) {
      this.removes = removes;
      return this;
    }

    public Builder denied(String denied) {
      this.denied = denied;
      return this;
    }

    public Builder deniedIn(Map<String, String> deniedIn) {
      this.deniedIn = Objects.requireNonNull(deniedIn, "deniedIn");
      return this;
    }

    public ResourceAction build() {
      return new ResourceAction(this);
    }
  }
}
