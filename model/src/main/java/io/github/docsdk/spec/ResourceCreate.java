package io.github.docsdk.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a resource is created: the action, the response member that carries the new ids (a list,
 * or a single string), the request member saying how many to create (absent: one), which request
 * members the resource keeps (request member to item member, e.g. {@code name} to
 * {@code cidrBlockName}), the states a new resource passes through and the stable state it settles
 * into, and the documented error when no more can be created. Immutable; built with {@link
 * #builder()}.
 */
public final class ResourceCreate {

  private final String action;
  private final String ids;
  private final String count;
  private final Map<String, String> members;
  private final List<String> states;
  private final String settles;
  private final String fullError;

  private ResourceCreate(Builder b) {
    this.action = Objects.requireNonNull(b.action, "action");
    this.ids = Objects.requireNonNull(b.ids, "ids");
    this.count = b.count;
    this.members = java.util.Collections.unmodifiableMap(new TreeMap<>(b.members));
    this.states = List.copyOf(b.states);
    this.settles = Objects.requireNonNull(b.settles, "settles");
    this.fullError = b.fullError;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The action's documented name. */
  public String action() {
    return action;
  }

  /** The response member with the new ids. */
  public String ids() {
    return ids;
  }

  /** The request member with the number to create, or null (one per call). */
  public String count() {
    return count;
  }

  /** Request member name to item member name, sorted by request member. */
  public Map<String, String> members() {
    return members;
  }

  /** The transitional states of a new resource, in order (may be empty). */
  public List<String> states() {
    return states;
  }

  /** The stable state a new resource settles into. */
  public String settles() {
    return settles;
  }

  /** The documented error when the quota is reached, or null. */
  public String fullError() {
    return fullError;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResourceCreate)) {
      return false;
    }
    ResourceCreate c = (ResourceCreate) o;
    return action.equals(c.action) && ids.equals(c.ids) && Objects.equals(count, c.count)
        && members.equals(c.members) && states.equals(c.states) && settles.equals(c.settles)
        && Objects.equals(fullError, c.fullError);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, ids, count, members, states, settles, fullError);
  }

  @Override
  public String toString() {
    return "ResourceCreate[action=" + action + ", ids=" + ids + ", count=" + count + ", members=" + members
        + ", states=" + states + ", settles=" + settles + ", fullError=" + fullError + "]";
  }

  /** Builds a {@link ResourceCreate}; action, ids and settles are required. */
  public static final class Builder {
    private String action;
    private String ids;
    private String count;
    private Map<String, String> members = Map.of();
    private List<String> states = List.of();
    private String settles;
    private String fullError;

    private Builder() {}

    public Builder action(String action) {
      this.action = action;
      return this;
    }

    public Builder ids(String ids) {
      this.ids = ids;
      return this;
    }

    public Builder count(String count) {
      this.count = count;
      return this;
    }

    public Builder members(Map<String, String> members) {
      this.members = Objects.requireNonNull(members, "members");
      return this;
    }

    public Builder states(List<String> states) {
      this.states = Objects.requireNonNull(states, "states");
      return this;
    }

    public Builder settles(String settles) {
      this.settles = settles;
      return this;
    }

    public Builder fullError(String fullError) {
      this.fullError = fullError;
      return this;
    }

    public ResourceCreate build() {
      return new ResourceCreate(this);
    }
  }
}
