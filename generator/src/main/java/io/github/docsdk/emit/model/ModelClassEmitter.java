package io.github.docsdk.emit.model;

import static io.github.docsdk.emit.Poet.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.TypeMapper.View;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.Member;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one immutable model class (a request, a response or a structure). JSON is read and written by
 * code generated with the class ({@link JsonCodecEmitter}: jackson-core streaming, no data binding, no
 * annotations, no reflection). The model's constructor takes the builder, so any number of members
 * compiles. Members the model does not know are kept in {@code unknownFields()}.
 */
public final class ModelClassEmitter {

  private final ServiceNames names;
  private final TypeMapper types;

  public ModelClassEmitter(ServiceNames names, TypeMapper types) {
    this.names = names;
    this.types = types;
  }

  /**
   * Emits the class.
   *
   * @param className where it goes
   * @param doc its class comment (the emitter adds nothing to it)
   * @param specMembers its members in docs order
   * @param request whether it is a request: its builder takes additional fields, which it writes
   */
  public JavaFile emit(ClassName className, Doc doc, List<Member> specMembers, boolean request) {
    List<ModelMember> members = ModelMember.plan(className, specMembers, types);
    ClassName builder = className.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addJavadoc(doc.build())
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(JsonCodecEmitter.JSON_WRITABLE);
    ModelSupportCalls support = new ModelSupportCalls();
    if (request) {
      type.addField(memberNames(members));
    }
    for (ModelMember m : members) {
      type.addField(FieldSpec.builder(m.raw(), m.field(), Modifier.PRIVATE, Modifier.FINAL).build());
    }
    type.addField(FieldSpec.builder(FIELDS, UNKNOWN_FIELDS, Modifier.PRIVATE, Modifier.FINAL).build());
    if (request) {
      // not a member: never written, never part of equality
      type.addField(FieldSpec.builder(OVERRIDES, OVERRIDE_CONFIGURATION, Modifier.PRIVATE, Modifier.FINAL).build());
    }
    type.addMethod(constructor(builder, members, support, request));
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("Starts building a {@code $L}.\n\n@return a new, empty builder\n", className.simpleName())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("Starts a builder holding this object's values, to make a changed copy.\n\n"
                + "@return a new builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    for (ModelMember m : members) {
      new AccessorEmitter(m, support, types).addTo(type);
    }
    type.addMethod(unknownFields(request));
    if (request) {
      type.addMethod(MethodSpec.methodBuilder(OVERRIDE_CONFIGURATION)
          .addJavadoc(new Doc()
              .html("This call's own settings (timeout, attempts, headers, credentials), winning over the"
                  + " client's.")
              .returns("the overrides; {@code RequestOverrides.none()} when none were set")
              .build())
          .addModifiers(Modifier.PUBLIC)
          .returns(OVERRIDES)
          .addStatement("return $N", OVERRIDE_CONFIGURATION)
          .build());
    }
    JsonCodecEmitter codec = new JsonCodecEmitter(className, builder, members, types, request);
    type.addMethod(codec.reader());
    type.addMethod(codec.textReader());
    type.addMethod(codec.writer());
    type.addMethod(codec.toJson());
    ObjectMethods.addTo(type, className, members, support);
    type.addType(new BuilderEmitter(className, builder, members, support, request).emit());
    return Poet.file(className.packageName(), type.build());
  }

  /** {@code Map<String, Object>}: unknown or additional fields. */
  static final TypeName FIELDS =
      ParameterizedTypeName.get(Poet.MAP, ClassName.get(String.class), ClassName.get(Object.class));
  /** The field holding them, in the model and in its builder (never a member's field name). */
  static final String UNKNOWN_FIELDS = "unknownFields";
  /** The runtime's per-request settings. */
  static final ClassName OVERRIDES = ClassName.get("io.github.docsdk.runtime", "RequestOverrides");
  /** Their field and accessor in requests and request builders (reserved from member names). */
  static final String OVERRIDE_CONFIGURATION = "overrideConfiguration";
  /** The static set of the model's JSON names, for refusing them as additional fields. */
  static final String MEMBER_NAMES = "MEMBER_NAMES";

  private static FieldSpec memberNames(List<ModelMember> members) {
    CodeBlock.Builder names = CodeBlock.builder().add("$T.of(", Poet.SET);
    for (int i = 0; i < members.size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", members.get(i).jsonName());
    }
    TypeName set = ParameterizedTypeName.get(Poet.SET, ClassName.get(String.class));
    return FieldSpec.builder(set, MEMBER_NAMES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(names.add(")").build())
        .build();
  }

  private static MethodSpec unknownFields(boolean request) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(UNKNOWN_FIELDS)
        .addModifiers(Modifier.PUBLIC)
        .returns(FIELDS)
        .addStatement("return $N", UNKNOWN_FIELDS);
    if (request) {
      // written after the members, exactly as given to putAdditionalField
      method.addJavadoc(new Doc()
              .html("Members the model does not define, added with {@link Builder#putAdditionalField}; they"
                  + " are sent\nwith the request as written.")
              .returns("the fields in the order added, unmodifiable; empty when none")
              .build());
    } else {
      method.addJavadoc(new Doc()
          .html("Members the reply carried that this model does not know (the service may be ahead of the"
              + " docs),\nas plain Java values: String, Boolean, Long or BigDecimal, {@code List<Object>},"
              + " {@code Map<String, Object>}\nor null. {@link #toJson()} writes them after the members.")
          .returns("the fields in the order received, unmodifiable; empty when none")
          .build());
    }
    return method.build();
  }

  /** Takes the builder: one parameter however many members, so no class hits the JVM's 255-parameter limit. */
  private static MethodSpec constructor(ClassName builder, List<ModelMember> members, ModelSupportCalls support,
      boolean request) {
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
    for (ModelMember m : members) {
      CodeBlock value = CodeBlock.of("builder.$N", m.field());
      ctor.addStatement("this.$N = $L", m.field(), m.isList() ? support.freeze(value) : value);
    }
    ctor.addStatement("this.$N = $L", UNKNOWN_FIELDS,
        support.freezeFields(CodeBlock.of("builder.$N", UNKNOWN_FIELDS)));
    if (request) {
      ctor.addStatement("this.$N = builder.$N == null ? $T.none() : builder.$N", OVERRIDE_CONFIGURATION,
          OVERRIDE_CONFIGURATION, OVERRIDES, OVERRIDE_CONFIGURATION);
    }
    return ctor.build();
  }

  /** A short phrase naming a member for docs, e.g. {@code <code>imageId</code>}. */
  static String label(ModelMember m) {
    return code(m.jsonName());
  }

  static boolean isEnumLike(View view) {
    return view == View.ENUM || view == View.LIST_OF_ENUM;
  }
}
