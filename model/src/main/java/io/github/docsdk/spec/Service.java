package io.github.docsdk.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the docs say about one service: the single source of truth that code generation,
 * the mock server and the API diff read. Lists are sorted by name, so a model never depends on
 * the order in which files were read.
 *
 * @param name service name as in the request path, e.g. {@code bmc}
 * @param apiVersion e.g. {@code 2022-11-20} (configuration, not read from the docs)
 * @param operations sorted by name
 * @param shapes structures and enums, sorted by name
 * @param commonErrors error codes that apply to every action, sorted by code
 */
public record Service(
    String name,
    String apiVersion,
    List<Operation> operations,
    List<Shape> shapes,
    List<ErrorCode> commonErrors) {

  public Service {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(apiVersion, "apiVersion");
    operations = List.copyOf(operations);
    shapes = List.copyOf(shapes);
    commonErrors = List.copyOf(commonErrors);
  }

  public Optional<Shape> shape(String shapeName) {
    return shapes.stream().filter(s -> s.name().equals(shapeName)).findFirst();
  }

  public Optional<Operation> operation(String operationName) {
    return operations.stream().filter(o -> o.name().equals(operationName)).findFirst();
  }

  public List<StructureShape> structures() {
    return shapes.stream()
        .filter(StructureShape.class::isInstance)
        .map(StructureShape.class::cast)
        .toList();
  }

  public List<EnumShape> enums() {
    return shapes.stream().filter(EnumShape.class::isInstance).map(EnumShape.class::cast).toList();
  }
}
