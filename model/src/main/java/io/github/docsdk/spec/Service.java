package io.github.docsdk.spec;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the docs say about one service: the single source of truth that code generation,
 * the mock server and the API diff read. Lists are sorted by name, so a model never depends on
 * the order in which files were read. Immutable.
 *
 * <p>{@code name}: service name as in the request path, e.g. {@code bmc}; {@code apiVersion}: e.g.
 * {@code 2022-11-20} (configuration, not read from the docs); {@code operations}: sorted by name;
 * {@code shapes}: structures and enums, sorted by name; {@code commonErrors}: error codes that
 * apply to every action, sorted by code; {@code resources}: the resource lifecycles the overrides
 * declare (for the stateful mock), sorted by name; {@code waiters}: declared waits for a resource
 * state (from the overrides file), sorted by name.
 */
public final class Service {

  private final String name;
  private final String apiVersion;
  private final List<Operation> operations;
  private final List<Shape> shapes;
  private final List<ErrorCode> commonErrors;
  private final List<Resource> resources;
  private final List<Waiter> waiters;

  public Service(
      String name,
      String apiVersion,
      List<Operation> operations,
      List<? extends Shape> shapes,
      List<ErrorCode> commonErrors) {
    this(name, apiVersion, operations, shapes, commonErrors, List.of());
  }

  public Service(
      String name,
      String apiVersion,
      List<Operation> operations,
      List<? extends Shape> shapes,
      List<ErrorCode> commonErrors,
      List<Resource> resources) {
    this(name, apiVersion, operations, shapes, commonErrors, resources, List.of());
  }

  private Service(
      String name,
      String apiVersion,
      List<Operation> operations,
      List<? extends Shape> shapes,
      List<ErrorCode> commonErrors,
      List<Resource> resources,
      List<Waiter> waiters) {
    this.name = Objects.requireNonNull(name, "name");
    this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
    this.operations = List.copyOf(operations);
    this.shapes = List.copyOf(shapes);
    this.commonErrors = List.copyOf(commonErrors);
    List<Resource> sorted = new java.util.ArrayList<>(resources);
    sorted.sort(java.util.Comparator.comparing(Resource::name));
    this.resources = List.copyOf(sorted);
    List<Waiter> byName = new java.util.ArrayList<>(waiters);
    byName.sort(java.util.Comparator.comparing(Waiter::name));
    this.waiters = List.copyOf(byName);
  }

  /** The same service with these resource declarations. */
  public Service withResources(List<Resource> declared) {
    return new Service(name, apiVersion, operations, shapes, commonErrors, declared, waiters);
  }

  /** This service with these waiters (sorted by name) instead of its own. */
  public Service withWaiters(List<Waiter> declared) {
    return new Service(name, apiVersion, operations, shapes, commonErrors, resources, declared);
  }

  /**
   * This service with other operations, shapes and common errors, keeping everything else (the
   * declarations from the overrides file): what a step that rewrites the docs' part uses.
   */
  public Service with(List<Operation> operations, List<? extends Shape> shapes, List<ErrorCode> commonErrors) {
    return new Service(name, apiVersion, operations, shapes, commonErrors, resources, waiters);
  }

  public String name() {
    return name;
  }

  public String apiVersion() {
    return apiVersion;
  }

  public List<Operation> operations() {
    return operations;
  }

  public List<Shape> shapes() {
    return shapes;
  }

  public List<ErrorCode> commonErrors() {
    return commonErrors;
  }

  public List<Resource> resources() {
    return resources;
  }

  public List<Waiter> waiters() {
    return waiters;
  }

  public Optional<Shape> shape(String shapeName) {
    return shapes.stream().filter(s -> s.name().equals(shapeName)).findFirst();
  }

  public Optional<Operation> operation(String operationName) {
    return operations.stream().filter(o -> o.name().equals(operationName)).findFirst();
  }

  public List<StructureShape> structures() {
    return only(StructureShape.class);
  }

  public List<EnumShape> enums() {
    return only(EnumShape.class);
  }

  private <T extends Shape> List<T> only(Class<T> kind) {
    return Collections.unmodifiableList(
        shapes.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Service)) {
      return false;
    }
    Service s = (Service) o;
    return name.equals(s.name) && apiVersion.equals(s.apiVersion) && operations.equals(s.operations)
        && shapes.equals(s.shapes) && commonErrors.equals(s.commonErrors)
        && resources.equals(s.resources) && waiters.equals(s.waiters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, apiVersion, operations, shapes, commonErrors, resources, waiters);
  }

  @Override
  public String toString() {
    return "Service[name=" + name + ", apiVersion=" + apiVersion + ", operations=" + operations
        + ", shapes=" + shapes + ", commonErrors=" + commonErrors + ", resources=" + resources + ", waiters=" + waiters + "]";
  }
}
