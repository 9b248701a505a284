package io.github.docsdk.emit.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.TypeMapper.View;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a model's nested {@code Builder}: mutable, not thread-safe, one setter per member named
 * like the accessor. Enum and timestamp members take the typed value or the raw String; lists
 * take a collection or varargs. Lists are copied on the way in and never changed afterwards, so
 * a built object can share them safely.
 */
final class BuilderEmitter {

  private final ClassName model;
  private final ClassName builder;
  private final List<ModelMember> members;
  private final ModelSupportCalls support;

  BuilderEmitter(ClassName model, ClassName builder, List<ModelMember> members,
      ModelSupportCalls support) {
    this.model = model;
    this.builder = builder;
    this.members = members;
    this.support = support;
  }

  TypeSpec emit() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc("Builds {@link $T} objects; not thread-safe.\n", model)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(model, "model");
    for (ModelMember m : members) {
      type.addField(FieldSpec.builder(m.raw(), m.field(), Modifier.PRIVATE).build());
      copy.addStatement("this.$N = model.$N", m.field(), m.field());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copy.build());
    for (ModelMember m : members) {
      addSetters(type, m);
    }
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      args.add(i == 0 ? "$N" : ", $N", members.get(i).field());
    }
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc("Builds the immutable object.\n\n@return a new {@code $L}\n", model.simpleName())
            .addModifiers(Modifier.PUBLIC)
            .returns(model)
            .addStatement("return new $T($L)", model, args.build())
            .build());
    return type.build();
  }

  private void addSetters(TypeSpec.Builder type, ModelMember m) {
    String f = m.field();
    CodeBlock param = CodeBlock.of("$N", f);
    switch (m.view()) {
      case PLAIN -> type.addMethod(setter(m, m.name(), m.raw(), param, "the value, or null to leave it out"));
      case ENUM, TIMESTAMP -> {
        type.addMethod(setter(m, m.name(), m.api(),
            CodeBlock.of("$N == null ? null : $N.toString()", f, f),
            m.view() == View.ENUM ? "the value, or null to leave it out"
                : "the instant (sent as ISO-8601), or null to leave it out"));
        type.addMethod(setter(m, m.name(), TypeMapper.STRING, param,
            "the value as sent on the wire, or null to leave it out", true));
      }
      case LIST -> {
        type.addMethod(setter(m, m.name(), collectionOf(m.rawElement(), true),
            support.copy(param), "the values (copied), or null to leave it out"));
        addVarargs(type, m, m.name(), m.rawElement());
      }
      case LIST_OF_ENUM, LIST_OF_TIMESTAMP -> {
        type.addMethod(setter(m, m.name(), collectionOf(m.apiElement(), false),
            support.strings(param), "the values (copied), or null to leave it out"));
        addVarargs(type, m, m.name(), m.apiElement());
        type.addMethod(setter(m, m.withStrings(), collectionOf(TypeMapper.STRING, false),
            support.copy(param), "the values as sent on the wire (copied), or null to leave it out", true));
        addVarargs(type, m, m.withStrings(), TypeMapper.STRING);
      }
      default -> throw new IllegalStateException("unknown view " + m.view());
    }
  }

  private MethodSpec setter(ModelMember m, String method, TypeName param, CodeBlock value, String paramDoc) {
    return setter(m, method, param, value, paramDoc, false);
  }

  /**
   * A setter named {@code method} whose parameter is named like the field it sets. Overloads
   * point at the accessor instead of repeating the member's description (keeps the SDK lean).
   */
  private MethodSpec setter(ModelMember m, String method, TypeName param, CodeBlock value, String paramDoc,
      boolean overload) {
    Doc doc = overload ? overloadDoc(m) : AccessorEmitter.memberDoc(m);
    return MethodSpec.methodBuilder(method)
        .addJavadoc(doc.param(m.field(), paramDoc).returns("this builder").build())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(param, m.field())
        .addStatement("this.$N = $L", m.field(), value)
        .addStatement("return this")
        .build();
  }

  /** A varargs overload, skipped for generic elements (javac would warn about heap pollution). */
  private void addVarargs(TypeSpec.Builder type, ModelMember m, String method, TypeName element) {
    if (element instanceof ParameterizedTypeName) {
      return;
    }
    String p = m.field();
    type.addMethod(
        MethodSpec.methodBuilder(method)
            .addJavadoc(overloadDoc(m)
                .param(p, "the values, or null to leave it out")
                .returns("this builder")
                .build())
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ArrayTypeName.of(element), p)
            .varargs()
            .addStatement("return $N($N == null ? null : $T.asList($N))", method, p, Poet.ARRAYS, p)
            .build());
  }

  private Doc overloadDoc(ModelMember m) {
    return new Doc().html("Sets " + ModelClassEmitter.label(m) + "; see {@link " + model.simpleName() + "#"
        + m.name() + "()}.");
  }

  private static TypeName collectionOf(TypeName element, boolean wildcard) {
    // Wildcards only where subtypes can exist: JDK value types (String, Long, ...) are final.
    boolean open = element instanceof ClassName c && !c.packageName().startsWith("java.");
    TypeName arg = wildcard && open ? WildcardTypeName.subtypeOf(element) : element;
    return ParameterizedTypeName.get(Poet.COLLECTION, arg);
  }
}
