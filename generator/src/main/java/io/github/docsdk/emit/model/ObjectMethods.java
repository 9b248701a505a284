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
    method
        .beginControlFlow("if (!(o instanceof $T))", className)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T other = ($T) o", className, className);
    List<List<String>> chunks = chunks(fields(members));
    for (int c = 0; c < chunks.size(); c++) {
      CodeBlock.Builder test = CodeBlock.builder();
      List<String> chunk = chunks.get(c);
      for (int i = 0; i < chunk.size(); i++) {
        String f = chunk.get(i);
        test.add(i == 0 ? "" : "\n&& ").add("$T.equals(this.$N, other.$N)", Poet.OBJECTS, f, f);
      }
      if (c == chunks.size() - 1) {
        method.addStatement("return $L", test.build());
      } else {
        method.beginControlFlow("if (!($L))", test.build()).addStatement("return false").endControlFlow();
      }
    }
    return method.build();
  }

  private static MethodSpec hashCodeMethod(List<ModelMember> members) {
    CodeBlock.Builder args = CodeBlock.builder();
    List<String> fields = fields(members);
    for (int i = 0; i < fields.size(); i++) {
      args.add(i == 0 ? "this.$N" : ", this.$N", fields.get(i));
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Poet.OBJECTS, args.build())
        .build();
  }

  /** The members' fields, then the unknown fields: all that makes two models equal. */
  private static List<String> fields(List<ModelMember> members) {
    List<String> out = new java.util.ArrayList<>();
    members.forEach(m -> out.add(m.field()));
    out.add(ModelClassEmitter.UNKNOWN_FIELDS);
    return out;
  }

  /**
   * Groups of at most {@value #CHUNK} fields: javac attributes a chain of {@code &&} or {@code +}
   * recursively, and a chain over a thousand members overflows its stack.
   */
  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return out;
  }

  private static final int CHUNK = 64;

  private static MethodSpec toStringMethod(
      ClassName className, List<ModelMember> members, ModelSupportCalls support) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class);
    String start = className.simpleName() + "{";
    if (members.size() <= CHUNK) {
      return method.addStatement("return $S$L + $S", start, parts(members, 0, support), "}").build();
    }
    method.addStatement("$T out = new $T($S)", StringBuilder.class, StringBuilder.class, start);
    int offset = 0;
    for (List<ModelMember> chunk : chunks(members)) {
      method.addStatement("out.append(\"\"$L)", parts(chunk, offset, support));
      offset += chunk.size();
    }
    return method.addStatement("return out.append($S).toString()", "}").build();
  }

  /** {@code + "a=" + this.a + ", b=" + this.b}; the first member overall gets no comma. */
  private static CodeBlock parts(List<ModelMember> members, int offset, ModelSupportCalls support) {
    CodeBlock.Builder text = CodeBlock.builder();
    for (int i = 0; i < members.size(); i++) {
      ModelMember m = members.get(i);
      CodeBlock value = CodeBlock.of("this.$N", m.field());
      if (m.secret()) {
        value = support.mask(value);
      }
      text.add("\n+ $S + $L", (offset + i == 0 ? "" : ", ") + m.jsonName() + "=", value);
    }
    return text.build();
  }
}
