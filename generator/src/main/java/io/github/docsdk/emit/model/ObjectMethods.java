package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * equals, hashCode and toString of a model, over the raw values (so two objects that differ only
 * in an unknown enum value are still different). Fields are always read as {@code this.x}, so a
 * member named like a local variable cannot shadow anything.
 */
final class ObjectMethods {

  private ObjectMethods() {}

  static void addTo(TypeSpec.Builder type, ClassName className, List<ModelMember> members,
      ModelSupportCalls support) {
    type.addMethod(equalsMethod(className, members));
    type.addMethod(hashCodeMethod(members));
    type.addMethod(toStringMethod(className, members, support));
  }

  private static MethodSpec equalsMethod(ClassName className, List<ModelMember> members) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .beginControlFlow("if (this == o)")
            .addStatement("return true")
            .endControlFlow();
    if (members.isEmpty()) {
      return method.addStatement("return o instanceof $T", className).build();
    }
    method
        .beginControlFlow("if (!(o instanceof $T))", className)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T other = ($T) o", className, className);
    CodeBlock.Builder result = CodeBlock.builder().add("return ");
    for (int i = 0; i < members.size(); i++) {
      String f = members.get(i).field();
      result.add(i == 0 ? "" : "\n&& ").add("$T.equals(this.$N, other.$N)", Poet.OBJECTS, f, f);
    }
    return method.addStatement(result.build()).build();
  }

  private static MethodSpec hashCodeMethod(List<ModelMember> members) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      args.add(i == 0 ? "this.$N" : ", this.$N", members.get(i).field());
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Poet.OBJECTS, args.build())
        .build();
  }

  private static MethodSpec toStringMethod(
      ClassName className, List<ModelMember> members, ModelSupportCalls support) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $S", className.simpleName() + "{");
    for (int i = 0; i < members.size(); i++) {
      ModelMember m = members.get(i);
      CodeBlock value = CodeBlock.of("this.$N", m.field());
      if (m.secret()) {
        value = support.mask(value);
      }
      text.add("\n+ $S + $L", (i == 0 ? "" : ", ") + m.jsonName() + "=", value);
    }
    text.add(" + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(text.build())
        .build();
  }
}
