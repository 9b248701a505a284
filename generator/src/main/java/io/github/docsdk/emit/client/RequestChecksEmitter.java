package io.github.docsdk.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.model.ModelMember;
import io.github.docsdk.emit.model.TypeMapper;
import io.github.docsdk.emit.model.TypeMapper.View;
import io.github.docsdk.emit.naming.ServiceNames;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import io.github.docsdk.spec.StructureShape;
import io.github.docsdk.spec.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the package-private {@code <Service>RequestChecks}: before a request is sent, every
 * member the docs mark as required is checked, down through nested structures and lists of them,
 * and one {@link IllegalArgumentException} names every missing member by its JSON path (e.g.
 * {@code instanceChargePrepaid.period}, {@code disks[1].size}).
 */
public final class RequestChecksEmitter {

  private static final TypeName MISSING =
      ParameterizedTypeName.get(Poet.LIST, ClassName.get(String.class));

  private final Service service;
  private final ServiceNames names;
  private final TypeMapper types;
  /** Structures that have required members, directly or in nested structures. */
  private final Set<String> checked = new HashSet<>();

  public RequestChecksEmitter(Service service, ServiceNames names, TypeMapper types) {
    this.service = service;
    this.names = names;
    this.types = types;
    boolean grew = true;
    while (grew) {
      grew = false;
      for (StructureShape s : service.structures()) {
        if (!checked.contains(s.name()) && needsCheck(s.members())) {
          checked.add(s.name());
          grew = true;
        }
      }
    }
  }

  /** Whether the client must call a check before sending this action's request. */
  public boolean needsCheck(Operation op) {
    return needsCheck(op.request());
  }

  /** Null when no action needs checking. */
  public JavaFile emit() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(names.requestChecks())
            .addJavadoc("Checks required request members before anything is sent.\n")
            .addAnnotation(Poet.GENERATED)
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    boolean any = false;
    for (Operation op : service.operations()) {
      if (!needsCheck(op)) {
        continue;
      }
      any = true;
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(names.method(op))
              .addModifiers(Modifier.STATIC)
              .addParameter(names.request(op), "request")
              .addStatement("$T missing = new $T<>()", MISSING, Poet.ARRAY_LIST);
      CodeBlock.Builder body = CodeBlock.builder();
      addChecks(body, "request", "", names.request(op), op.request());
      method.addCode(body.build());
      method.beginControlFlow("if (!missing.isEmpty())")
          .addStatement("throw new $T($S + String.join($S, missing))", IllegalArgumentException.class,
              op.name() + ": missing required member(s): ", ", ")
          .endControlFlow();
      type.addMethod(method.build());
    }
    for (StructureShape s : service.structures()) {
      if (checked.contains(s.name())) {
        type.addMethod(
            MethodSpec.methodBuilder("check")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(names.shape(s.name()), "value")
                .addParameter(String.class, "path")
                .addParameter(MISSING, "missing")
                .addCode(checks(s))
                .build());
      }
    }
    return any ? Poet.file(names.basePackage(), type.build()) : null;
  }

  private CodeBlock checks(StructureShape s) {
    CodeBlock.Builder body = CodeBlock.builder();
    addChecks(body, "value", "path + ", names.shape(s.name()), s.members());
    return body.build();
  }

  private void addChecks(CodeBlock.Builder method, String target, String pathPrefix, ClassName owner,
      List<Member> members) {
    for (ModelMember m : ModelMember.plan(owner, members, types)) {
      String path = pathPrefix.isEmpty() ? "$S" : pathPrefix + "$S";
      if (m.member().required()) {
        CodeBlock absent = m.isList()
            ? CodeBlock.of("!$L.$N()", target, m.has())
            : CodeBlock.of("$L.$N() == null", target, m.asString() != null ? m.asString() : m.name());
        method.beginControlFlow("if ($L)", absent)
            .addStatement("missing.add(" + path + ")", m.jsonName())
            .endControlFlow();
      }
      TypeRef type = m.member().type();
      if (type.kind() == TypeRef.Kind.STRUCTURE && checked.contains(type.shape())) {
        method.beginControlFlow("if ($L.$N() != null)", target, m.name())
            .addStatement("check($L.$N(), " + path + ", missing)", target, m.name(), m.jsonName() + ".")
            .endControlFlow();
      } else if (m.view() == View.LIST && type.element().kind() == TypeRef.Kind.STRUCTURE
          && checked.contains(type.element().shape())) {
        method.beginControlFlow("for (int i = 0; i < $L.$N().size(); i++)", target, m.name())
            .beginControlFlow("if ($L.$N().get(i) != null)", target, m.name())
            .addStatement("check($L.$N().get(i), " + path + " + \"[\" + i + \"].\", missing)",
                target, m.name(), m.jsonName())
            .endControlFlow()
            .endControlFlow();
      }
    }
  }

  private boolean needsCheck(List<Member> members) {
    for (Member m : members) {
      TypeRef t = m.type().kind() == TypeRef.Kind.LIST ? m.type().element() : m.type();
      if (m.required() || (t.kind() == TypeRef.Kind.STRUCTURE && checked.contains(t.shape()))) {
        return true;
      }
    }
    return false;
  }
}
