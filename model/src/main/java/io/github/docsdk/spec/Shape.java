package io.github.docsdk.spec;

/**
 * A named type of a service: a {@link StructureShape} or an {@link EnumShape} (the only two
 * implementations). Names are unique within a service.
 */
public interface Shape {

  String name();

  String description();

  SourceLocation location();
}
