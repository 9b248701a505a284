package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource whose life the docs describe across actions (a bare-metal instance, an EIP, a VPC):
 * how it is created and listed, the actions that change or remove it, and the documented error
 * for an id that does not exist. Declared in the overrides format; the stateful mock keeps such
 * resources. Immutable; built with {@link #builder()}.
 */
public final class Resource {

  private final String name;
  private final ResourceCreate create;
  private final ResourceList list;
  private final List<ResourceAction> actions;
  private final String notFound;
  private final SourceLocation location;

  private Resource(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.create = Objects.requireNonNull(b.create, "create");
    this.list = Objects.requireNonNull(b.list, "list");
    this.actions = List.copyOf(b.actions);
    this.notFound = Objects.requireNonNull(b.notFound, "notFound");
    this.location = Objects.requireNonNull(b.location, "location");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** E.g. {@code Instance}. */
  public String name() {
    return name;
  }

  public ResourceCreate create() {
    return create;
  }

  public ResourceList list() {
    return list;
  }

  /** The actions that change or remove the resource, sorted by action name. */
  public List<ResourceAction> actions() {
    return actions;
  }

  public Optional<ResourceAction> action(String actionName) {
    return actions.stream().filter(a -> a.action().equals(actionName)).findFirst();
  }

  /** The documented error code for an unknown id. */
  public String notFound() {
    return notFound;
  }

  /** Where the declaration is (the overrides file). */
  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Resource)) {
      return false;
    }
    Resource r = (Resource) o;
    return name.equals(r.name) && create.equals(r.create) && list.equals(r.list) && actions.equals(r.actions)
        && notFound.equals(r.notFound) && location.equals(r.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, create, list, actions, notFound, location);
  }

  @Override
  public String toString() {
    return "Resource[name=" + name + ", create=" + create + ", list=" + list + ", actions=" + actions
        + ", notFound=" + notFound + ", location=" + location + "]";
  }

  /** Builds a {@link Resource}; every part but the actions is required. */
  public static final class Builder {
    private String name;
    private ResourceCreate create;
    private ResourceList list;
    private List<ResourceAction> actions = List.of();
    private String notFound;
    private SourceLocation location;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder create(ResourceCreate create) {
      this.create = create;
      return this;
    }

    public Builder list(ResourceList list) {
      this.list = list;
      return this;
    }

    /** Kept sorted by action name, so a model never depends on declaration order. */
    public Builder actions(List<ResourceAction> actions) {
      List<ResourceAction> sorted = new java.util.ArrayList<>(actions);
      sorted.sort(java.util.Comparator.comparing(ResourceAction::action));
      this.actions = sorted;
      return this;
    }

    public Builder notFound(String notFound) {
      this.notFound = notFound;
      return this;
    }

    public Builder location(SourceLocation location) {
      this.location = location;
      return this;
    }

    public Resource build() {
      return new Resource(this);
    }
  }
}
