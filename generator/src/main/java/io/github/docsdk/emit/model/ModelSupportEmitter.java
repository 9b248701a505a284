package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.docsdk.emit.Poet;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <package>.internal.ModelSupport}: the few helpers every model calls, generated once
 * per SDK so that each model class stays a plain list of fields and one-line methods (issue 8
 * measures how long the generated code takes to compile).
 */
public final class ModelSupportEmitter {

  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  private static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
  private static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
  private static final ClassName LOCAL_DATE_TIME = ClassName.get("java.time", "LocalDateTime");
  private static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
  private static final ClassName PARSE_EXCEPTION =
      ClassName.get("java.time.format", "DateTimeParseException");

  private ModelSupportEmitter() {}

  public static JavaFile emit(ClassName name) {
    TypeVariableName t = TypeVariableName.get("T");
    TypeVariableName e = TypeVariableName.get("E");
    TypeName listT = ParameterizedTypeName.get(Poet.LIST, t);
    TypeName listString = ParameterizedTypeName.get(Poet.LIST, ClassName.get(String.class));
    TypeSpec type =
        TypeSpec.classBuilder(name)
            .addJavadoc("Helpers for the generated model classes. Internal: not part of the SDK's API and"
                + " may change\nwith any regeneration.\n")
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                method("freeze", "An unmodifiable view of a list.", "list the list, or null",
                        "the view, or null for null")
                    .addJavadoc("@param <T> the element type\n")
                    .addTypeVariable(t)
                    .returns(listT)
                    .addParameter(listT, "list")
                    .addStatement("return list == null ? null : $T.unmodifiableList(list)", COLLECTIONS)
                    .build())
            .addMethod(
                method("copy", "A private, mutable copy of a collection.", "values the values, or null",
                        "the copy, or null for null")
                    .addJavadoc("@param <T> the element type\n")
                    .addTypeVariable(t)
                    .returns(listT)
                    .addParameter(
                        ParameterizedTypeName.get(Poet.COLLECTION, WildcardTypeName.subtypeOf(t)), "values")
                    .addStatement("return values == null ? null : new $T<>(values)", Poet.ARRAY_LIST)
                    .build())
            .addMethod(
                method("strings", "The wire strings of enum constants or instants.",
                        "values the values, or null", "their strings, or null for null")
                    .returns(listString)
                    .addParameter(
                        ParameterizedTypeName.get(Poet.COLLECTION, WildcardTypeName.subtypeOf(Object.class)),
                        "values")
                    .beginControlFlow("if (values == null)")
                    .addStatement("return null")
                    .endControlFlow()
                    .addStatement("$T out = new $T<>(values.size())", listString, Poet.ARRAY_LIST)
                    .beginControlFlow("for (Object value : values)")
                    .addStatement("out.add(value == null ? null : value.toString())")
                    .endControlFlow()
                    .addStatement("return out")
                    .build())
            .addMethod(
                method("convert", "Converts wire strings element by element.", "raw the strings, or null",
                        "the converted, unmodifiable list; empty for null")
                    .addJavadoc("@param function the conversion\n@param <E> the element type\n")
                    .addTypeVariable(e)
                    .returns(ParameterizedTypeName.get(Poet.LIST, e))
                    .addParameter(listString, "raw")
                    .addParameter(
                        ParameterizedTypeName.get(FUNCTION, ClassName.get(String.class),
                            WildcardTypeName.subtypeOf(e)),
                        "function")
                    .beginControlFlow("if (raw == null)")
                    .addStatement("return $T.of()", Poet.LIST)
                    .endControlFlow()
                    .addStatement("$T<$T> out = new $T<>(raw.size())", Poet.LIST, e, Poet.ARRAY_LIST)
                    .beginControlFlow("for (String value : raw)")
                    .addStatement("out.add(value == null ? null : function.apply(value))")
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(out)", COLLECTIONS)
                    .build())
            .addMethod(
                method("instant",
                        "Reads an ISO-8601 date-time leniently: with an offset or {@code Z}, or without one"
                            + "\n(then taken as UTC), with {@code T} or a space between date and time.",
                        "raw the wire value, or null", "the instant, or null when absent or unparsable")
                    .returns(Poet.INSTANT)
                    .addParameter(String.class, "raw")
                    .beginControlFlow("if (raw == null || raw.isEmpty())")
                    .addStatement("return null")
                    .endControlFlow()
                    .addStatement("String text = raw.trim().replace(' ', 'T')")
                    .beginControlFlow("try")
                    .addStatement("return $T.parse(text).toInstant()", OFFSET_DATE_TIME)
                    .nextControlFlow("catch ($T e)", PARSE_EXCEPTION)
                    .addComment("no offset: try a local date-time below")
                    .endControlFlow()
                    .beginControlFlow("try")
                    .addStatement("return $T.parse(text).toInstant($T.UTC)", LOCAL_DATE_TIME, ZONE_OFFSET)
                    .nextControlFlow("catch ($T e)", PARSE_EXCEPTION)
                    .addStatement("return null")
                    .endControlFlow()
                    .build())
            .addMethod(
                method("mask", "Hides a secret in toString output.", "value the secret, or null",
                        "null for null, else a fixed mask")
                    .returns(String.class)
                    .addParameter(Object.class, "value")
                    .addStatement("return value == null ? null : $S", "*** redacted ***")
                    .build())
            .build();
    return Poet.file(name.packageName(), type);
  }

  private static MethodSpec.Builder method(String name, String doc, String param, String returns) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n\n@param $L\n@return $L\n", doc, param, returns)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
  }
}
