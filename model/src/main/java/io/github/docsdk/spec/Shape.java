package io.github.docsdk.spec;

/** A named type of a service: a structure or an enum. Names are unique within a service. */
public sealed interface Shape permits StructureShape, EnumShape {

  String name();

  String description();

  SourceLocation location();
}
