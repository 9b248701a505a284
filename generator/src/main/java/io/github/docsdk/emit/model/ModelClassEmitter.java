package io.github.docsdk.emit.model;

import static io.github.docsdk.emit.Poet.code;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.TypeMapper.View;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.Member;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one immutable model class (a request, a response or a structure). JSON binding is by
 * annotations only: fields carry {@code @JsonProperty} for writing, a private {@code @JsonCreator}
 * constructor binds reading, so no per-class serializer code is generated and the builder stays
 * free of Jackson concerns (its overloads would otherwise confuse Jackson's setter detection).
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
   */
  public JavaFile emit(ClassName className, Doc doc, List<Member> specMembers) {
    List<ModelMember> members = ModelMember.plan(specMembers, types);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addJavadoc(doc.build())
            .addAnnotation(Poet.GENERATED)
            .addAnnotation(
                AnnotationSpec.builder(Poet.JSON_IGNORE_PROPERTIES)
                    .addMember("ignoreUnknown", "true")
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    if (members.stream().anyMatch(ModelMember::looksLikeBeanGetter)) {
      // An accessor such as isHA() or getUrl() would be taken for a bean getter and written twice.
      ClassName visibility = Poet.JSON_AUTO_DETECT.nestedClass("Visibility");
      type.addAnnotation(
          AnnotationSpec.builder(Poet.JSON_AUTO_DETECT)
              .addMember("getterVisibility", "$T.NONE", visibility)
              .addMember("isGetterVisibility", "$T.NONE", visibility)
              .build());
    }
    ModelSupportCalls support = new ModelSupportCalls(names.modelSupport());
    ClassName builder = className.nestedClass("Builder");
    for (ModelMember m : members) {
      type.addField(
          FieldSpec.builder(m.raw(), m.field(), Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotation(Poet.jsonProperty(m.jsonName()))
              .build());
    }
    type.addMethod(constructor(members, support));
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
    ObjectMethods.addTo(type, className, members, support);
    type.addType(new BuilderEmitter(className, builder, members, support).emit());
    return Poet.file(className.packageName(), type.build());
  }

  private static MethodSpec constructor(List<ModelMember> members, ModelSupportCalls support) {
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addAnnotation(Poet.JSON_CREATOR)
            .addModifiers(Modifier.PRIVATE);
    for (ModelMember m : members) {
      ctor.addParameter(
          ParameterSpec.builder(m.raw(), m.field()).addAnnotation(Poet.jsonProperty(m.jsonName())).build());
      if (m.isList()) {
        ctor.addStatement("this.$N = $L", m.field(), support.freeze(CodeBlock.of("$N", m.field())));
      } else {
        ctor.addStatement("this.$N = $N", m.field(), m.field());
      }
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
