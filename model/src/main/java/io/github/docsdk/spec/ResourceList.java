package io.github.docsdk.spec;

import java.util.Objects;

/**
 * How a resource is listed: the read-only action, its response member holding the items, the
 * item members with the resource's id and status, and the request member that filters by ids
 * (e.g. {@code DescribeInstances}, {@code dataSet}, {@code instanceId}, {@code instanceStatus},
 * {@code instanceIds}). Immutable; built with {@link #builder()}.
 */
public final class ResourceList {

  private final String action;
  private final String items;
  private final String id;
  private final String status;
  private final String filter;

  private ResourceList(Builder b) {
    this.action = Objects.requireNonNull(b.action, "action");
    this.items = Objects.requireNonNull(b.items, "items");
    this.id = Objects.requireNonNull(b.id, "id");
    this.status = Objects.requireNonNull(b.status, "status");
    this.filter = b.filter;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The action's documented name. */
  public String action() {
    return action;
  }

  /** The response member (a list of structures) holding the resources. */
  public String items() {
    return items;
  }

  /** The item member with the resource's id. */
  public String id() {
    return id;
  }

  /** The item member with the resource's status. */
  public String status() {
    return status;
  }

  /** The request member listing the ids to return, or null when the action cannot filter by id. */
  public String filter() {
    return filter;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResourceList)) {
      return false;
    }
    ResourceList l = (ResourceList) o;
    return action.equals(l.action) && items.equals(l.items) && id.equals(l.id) && status.equals(l.status)
        && Objects.equals(filter, l.filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, items, id, status, filter);
  }

  @Override
  public String toString() {
    return "ResourceList[action=" + action + ", items=" + items + ", id=" + id + ", status=" + status
        + ", filter=" + filter + "]";
  }

  /** Builds a {@link ResourceList}; action, items, id and status are required. */
  public static final class Builder {
    private String action;
    private String items;
    private String id;
    private String status;
    private String filter;

    private Builder() {}

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

    public Builder filter(String filter) {
      this.filter = filter;
      return this;
    }

    public ResourceList build() {
      return new ResourceList(this);
    }
  }
}
