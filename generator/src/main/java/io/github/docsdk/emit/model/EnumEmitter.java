package io.github.docsdk.emit.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.javadoc.DocText;
import io.github.docsdk.emit.naming.Identifiers;
import io.github.docsdk.emit.naming.JavaNames;
import io.github.docsdk.lock.LockSession;
import io.github.docsdk.spec.EnumShape;
import io.github.docsdk.spec.EnumValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an enum: one constant per documented value (Javadoc = the docs' meaning), plus {@code
 * UNKNOWN_TO_SDK_VERSION} for values the service sends that this SDK does not know yet. Models
 * keep the wire String, so an unknown value never fails a response.
 */
public final class EnumEmitter {

  static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

  private EnumEmitter() {}

  public static JavaFile emit(ClassName name, EnumShape shape) {
    return emit(name, shape, LockSession.fresh());
  }

  /** Constant names go through the lock (scope: the enum class), so a value keeps its constant. */
  public static JavaFile emit(ClassName name, EnumShape shape, LockSession lock) {
    Identifiers names = new Identifiers();
    names.newName(UNKNOWN);
    // model readers refer to it by this name (constants are upper case; only a lock edit could clash)
    names.newName(JsonCodecEmitter.WIRE_VALUES);
    Doc doc = new Doc().text(shape.description());
    if (doc.isEmpty()) {
      doc.html("Values of " + Poet.code(shape.name()) + ".");
    }
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(name)
            .addJavadoc(doc.html("{@link #toString()} gives the value as sent on the wire.").build())
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC);
    Map<String, EnumValue> unique = new LinkedHashMap<>();
    Map<String, Integer> position = new HashMap<>();
    int index = 0;
    for (EnumValue v : shape.values()) {
      index++;
      if (unique.putIfAbsent(v.value(), v) == null) {
        position.put(v.value(), index);
      }
    }
    Map<String, String> constants = lock.choose(LockSession.constants(name.simpleName()), List.copyOf(unique.keySet()),
        names::isFree, names::reserve,
        value -> names.newName(JavaNames.constantName(value, "VALUE_" + position.get(value))), value -> shape.location());
    for (EnumValue v : unique.values()) {
      String constant = constants.get(v.value());
      String meaning = DocText.html(v.description());
      type.addEnumConstant(
          constant,
          TypeSpec.anonymousClassBuilder("$S", v.value())
              .addJavadoc("$L$L\n", Poet.code(v.value()), meaning.isEmpty() ? "" : ": " + meaning)
              .build());
    }
    type.addEnumConstant(
        UNKNOWN,
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc("A value this version of the SDK does not know; the model's {@code AsString}"
                + " accessor\nstill gives it.\n")
            .build());
    String all = names.newName("KNOWN");
    String value = names.newName("value");
    type.addField(
        FieldSpec.builder(ArrayTypeName.of(name), all, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("values()")
            .build());
    type.addField(FieldSpec.builder(String.class, value, Modifier.PRIVATE, Modifier.FINAL).build());
    CodeBlock.Builder wire = CodeBlock.builder().add("$T.of(", JsonCodecEmitter.KNOWN_VALUES);
    int n = 0;
    for (String v : unique.keySet()) {
      wire.add(n++ == 0 ? "$S" : ", $S", v);
    }
    type.addField(FieldSpec.builder(JsonCodecEmitter.KNOWN_VALUES, JsonCodecEmitter.WIRE_VALUES, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The wire values, for the models' readers: a known value is read as this very string.\n")
        .initializer(wire.add(")").build())
        .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, value)
            .addStatement("this.$N = $N", value, value)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc("The constant for a wire value.\n\n@param value the wire value, or null\n"
                + "@return the constant, {@code $L} for a value this SDK does not know, or null for null\n",
                UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("for ($T candidate : $N)", name, all)
            .beginControlFlow("if (value.equals(candidate.$N))", value)
            .addStatement("return candidate")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $N", UNKNOWN)
            .build());
    ClassName enumSet = ClassName.get("java.util", "EnumSet");
    ClassName collections = ClassName.get("java.util", "Collections");
    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc("The values the docs list.\n\n@return every constant but {@code $L}\n", UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Set.class), name))
            .addStatement("return $T.unmodifiableSet($T.complementOf($T.of($N)))",
                collections, enumSet, enumSet, UNKNOWN)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addJavadoc("The wire value.\n\n@return the value as sent on the wire; the constant's name for"
                + " {@code $L}\n", UNKNOWN)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $N == null ? name() : $N", value, value)
            .build());
    return Poet.file(name.packageName(), type.build());
  }
}
