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
import io.github.docsdk.spec.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a model's nested {@code Builder}: mutable, not thread-safe, one setter per member named
 * like the accessor. Enum and timestamp members take the typed value or the raw String; lists
 * take a collection or varargs. Lists are copied on the way in and never changed afterwards, so
 * a built object can share them safely. Integer members also take a {@code long} (so int literals
 * compile), structure members a {@code Consumer} of the structure's builder, and enum setters refuse
 * {@code UNKNOWN_TO_SDK_VERSION}, which has no wire value.
 */
final class BuilderEmitter {

  private final ClassName model;
  private final ClassName builder;
  private final List<ModelMember> members;
  private final ModelSupportCalls support;
  private final boolean request;

  BuilderEmitter(ClassName model, ClassName builder, List<ModelMember> members,
      ModelSupportCalls support, boolean request) {
    this.model = model;
    this.builder = builder;
    this.members = members;
    this.support = support;
    this.request = request;
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
    type.addField(FieldSpec.builder(ModelClassEmitter.FIELDS, ModelClassEmitter.UNKNOWN_FIELDS,
            Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", Poet.LINKED_HASH_MAP)
        .build());
    copy.addStatement("this.$N.putAll(model.$N)", ModelClassEmitter.UNKNOWN_FIELDS, ModelClassEmitter.UNKNOWN_FIELDS);
    if (request) {
      type.addField(ModelClassEmitter.OVERRIDES, ModelClassEmitter.OVERRIDE_CONFIGURATION, Modifier.PRIVATE);
      copy.addStatement("this.$N = model.$N", ModelClassEmitter.OVERRIDE_CONFIGURATION,
          ModelClassEmitter.OVERRIDE_CONFIGURATION);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copy.build());
    type.addMethod(applyMutation());
    for (ModelMember m : members) {
      addSetters(type, m);
    }
    if (request) {
      type.addMethod(putAdditionalField());
      type.addMethods(overrideConfiguration());
    }
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc("Builds the immutable object; checks nothing (the client checks required members"
                + " before sending).\n\n@return a new {@code $L}\n", model.simpleName())
            .addModifiers(Modifier.PUBLIC)
            .returns(model)
            .addStatement("return new $T(this)", model)
            .build());
    return type.build();
  }

  private MethodSpec applyMutation() {
    return MethodSpec.methodBuilder("applyMutation")
        .addJavadoc("Applies {@code mutation} to this builder, for code that configures one in a lambda.\n\n"
            + "@param mutation what to set\n@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(ParameterizedTypeName.get(Poet.CONSUMER, builder), "mutation")
        .addStatement("mutation.accept(this)")
        .addStatement("return this")
        .build();
  }

  /** The value and the lambda form, as on AWS SDK v2 requests. */
  private List<MethodSpec> overrideConfiguration() {
    String f = ModelClassEmitter.OVERRIDE_CONFIGURATION;
    ClassName overrides = ModelClassEmitter.OVERRIDES;
    MethodSpec value = MethodSpec.methodBuilder(f)
        .addJavadoc(new Doc()
            .html("Sets this call's own settings, which win over the client's for this call only.")
            .param(f, "the overrides, or null for none")
            .returns("this builder")
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(overrides, f)
        .addStatement("this.$N = $N", f, f)
        .addStatement("return this")
        .build();
    MethodSpec lambda = MethodSpec.methodBuilder(f)
        .addJavadoc(new Doc()
            .html("Changes this call's own settings on a builder holding those set so far, e.g.\n"
                + "{@code overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(2)).maxAttempts(1))}.")
            .param(f, "sets timeout, attempts, headers or credentials")
            .returns("this builder")
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(ParameterizedTypeName.get(Poet.CONSUMER, overrides.nestedClass("Builder")), f)
        .addStatement("$T.Builder settings = this.$N == null ? $T.builder() : this.$N.toBuilder()",
            overrides, f, overrides, f)
        .addStatement("$N.accept(settings)", f)
        .addStatement("this.$N = settings.build()", f)
        .addStatement("return this")
        .build();
    return List.of(value, lambda);
  }

  private MethodSpec putAdditionalField() {
    return MethodSpec.methodBuilder("putAdditionalField")
        .addJavadoc(new Doc()
            .html("Adds a member the docs do not define, sent with the request as written (compact JSON).")
            .param("name", "the member's JSON name; refused when the model defines it (use its setter)")
            .param("value", "String, Boolean, a Number, a {@code List} or {@code Map<String, ?>} of such"
                + " values, or null")
            .returns("this builder")
            .throwsTag("IllegalArgumentException", "for a name the model defines or a value JSON cannot carry")
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(Object.class, "value")
        .addStatement(support.putAdditional(CodeBlock.of("this.$N", ModelClassEmitter.UNKNOWN_FIELDS),
            CodeBlock.of("$N", ModelClassEmitter.MEMBER_NAMES), "name", "value"))
        .addStatement("return this")
        .build();
  }

  private void addSetters(TypeSpec.Builder type, ModelMember m) {
    String f = m.field();
    CodeBlock param = CodeBlock.of("$N", f);
    switch (m.view()) {
      case PLAIN -> {
        type.addMethod(setter(m, m.name(), m.raw(), param, "the value, or null to leave it out"));
        if (m.member().type().kind() == TypeRef.Kind.INTEGER) { // raw Long
          // so that pageSize(100) compiles: an int literal widens to long, never boxes to Long
          type.addMethod(setter(m, m.name(), TypeName.LONG, param, "the value", true));
        } else if (isStructure(m)) {
          ClassName shape = (ClassName) m.raw();
          type.addMethod(setter(m, m.name(), ParameterizedTypeName.get(Poet.CONSUMER, shape.nestedClass("Builder")),
              CodeBlock.of("$T.builder().applyMutation($N).build()", shape, f),
              "sets the members of a new {@code " + shape.simpleName() + "} on its builder", true));
        }
      }
      case ENUM -> {
        type.addMethod(setter(m, m.name(), m.api(), support.wire(param, m.jsonName()),
            "the value, or null to leave it out; {@code UNKNOWN_TO_SDK_VERSION} is refused (send an"
                + " unknown value as a String)"));
        type.addMethod(setter(m, m.name(), TypeMapper.STRING, param,
            "the value as sent on the wire, or null to leave it out", true));
      }
      case TIMESTAMP -> {
        type.addMethod(setter(m, m.name(), m.api(),
            CodeBlock.of("$N == null ? null : $N.toString()", f, f),
            "the instant (sent as ISO-8601), or null to leave it out"));
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
            support.strings(param, m.jsonName()), "the values (copied), or null to leave it out"));
        addVarargs(type, m, m.name(), m.apiElement());
        type.addMethod(setter(m, m.withStrings(), collectionOf(TypeMapper.STRING, false),
            support.copy(param), "the values as sent on the wire (copied), or null to leave it out", true));
        addVarargs(type, m, m.withStrings(), TypeMapper.STRING);
      }
      default -> throw new IllegalStateException("unknown view " + m.view());
    }
  }

  /** A member typed with a generated structure (not a free-form JSON value). */
  private static boolean isStructure(ModelMember m) {
    return m.member().type().kind() == TypeRef.Kind.STRUCTURE && !TypeMapper.isObject(m.raw());
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
