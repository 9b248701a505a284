package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.docsdk.emit.Poet;
import io.github.docsdk.emit.javadoc.Doc;
import javax.lang.model.element.Modifier;

/** Emits the read side of one member: its accessor and, where they apply, hasXxx / xxxAsString. */
final class AccessorEmitter {

  private final ModelMember m;
  private final ModelSupportCalls support;
  private final TypeMapper types;

  AccessorEmitter(ModelMember m, ModelSupportCalls support, TypeMapper types) {
    this.m = m;
    this.support = support;
    this.types = types;
  }

  void addTo(TypeSpec.Builder type) {
    CodeBlock field = CodeBlock.of("$N", m.field());
    switch (m.view()) {
      case PLAIN -> type.addMethod(accessor(m.api(), CodeBlock.of("return $N", m.field()),
          "the value, or null when absent"));
      case ENUM -> {
        type.addMethod(accessor(m.api(), CodeBlock.of("return $T.fromValue($N)", m.api(), m.field()),
            "the value, {@code UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see {@link #"
                + m.asString() + "()}), or null when absent"));
        type.addMethod(raw(m.asString(), "the value as sent on the wire, or null when absent"));
      }
      case TIMESTAMP -> {
        type.addMethod(accessor(m.api(), CodeBlock.of("return $L", support.instant(field, m.jsonName())),
            "the instant, or null when absent", true));
        type.addMethod(raw(m.asString(), "the value as sent on the wire, or null when absent"));
      }
      case LIST -> {
        type.addMethod(accessor(m.api(), CodeBlock.of("return $N == null ? $T.of() : $N", m.field(),
            Poet.LIST, m.field()), listReturn()));
        type.addMethod(has());
      }
      case LIST_OF_ENUM, LIST_OF_TIMESTAMP -> {
        boolean enums = m.view() == TypeMapper.View.LIST_OF_ENUM;
        CodeBlock value = enums
            ? support.convert(field, CodeBlock.of("$T::fromValue", types.enumClass(m.member().type())))
            : support.instants(field, m.jsonName());
        type.addMethod(accessor(m.api(), CodeBlock.of("return $L", value),
            listReturn() + (enums ? "; unknown elements read as {@code UNKNOWN_TO_SDK_VERSION}" : ""), !enums));
        type.addMethod(raw(m.asString(), "the values as sent on the wire; empty when absent"));
        type.addMethod(has());
      }
      default -> throw new IllegalStateException("unknown view " + m.view());
    }
  }

  private String listReturn() {
    return "the list, unmodifiable; empty when absent (see {@link #" + m.has() + "()})";
  }

  private MethodSpec accessor(TypeName returns, CodeBlock body, String returnDoc) {
    return accessor(returns, body, returnDoc, false);
  }

  /** With {@code parses}, documents the exception an unparsable timestamp gives. */
  private MethodSpec accessor(TypeName returns, CodeBlock body, String returnDoc, boolean parses) {
    Doc doc = memberDoc().returns(returnDoc);
    if (parses) {
      doc.throwsTag("io.github.docsdk.runtime.ZenlayerClientException", "when the value is not an ISO-8601"
          + " date-time (naming the member and the value; {@link #" + m.asString() + "()} still gives the text)");
    }
    return MethodSpec.methodBuilder(m.name())
        .addJavadoc(doc.build())
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement(body)
        .build();
  }

  private MethodSpec raw(String name, String returnDoc) {
    CodeBlock body = m.isList()
        ? CodeBlock.of("return $N == null ? $T.of() : $N", m.field(), Poet.LIST, m.field())
        : CodeBlock.of("return $N", m.field());
    return MethodSpec.methodBuilder(name)
        .addJavadoc(new Doc()
            .html("The raw wire value of " + ModelClassEmitter.label(m) + ".")
            .returns(returnDoc)
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(m.raw())
        .addStatement(body)
        .build();
  }

  private MethodSpec has() {
    return MethodSpec.methodBuilder(m.has())
        .addJavadoc(new Doc()
            .html("Whether " + ModelClassEmitter.label(m)
                + " was present (possibly empty), telling an absent list from an empty one.")
            .returns("true when the list was set or received")
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $N != null", m.field())
        .build();
  }

  /** The docs' description of the member, with what the docs say about requiredness. */
  Doc memberDoc() {
    return memberDoc(m);
  }

  static Doc memberDoc(ModelMember m) {
    Doc doc = new Doc();
    doc.text(m.member().doc());
    if (doc.isEmpty()) {
      doc.html("The " + ModelClassEmitter.label(m) + " member.");
    }
    if (m.member().required()) {
      doc.html("Required.");
    }
    if (m.view() == TypeMapper.View.ENUM || m.view() == TypeMapper.View.LIST_OF_ENUM) {
      ClassName e = (ClassName) (m.isList() ? m.apiElement() : m.api());
      doc.html("Documented values: {@link " + e.canonicalName() + " " + e.simpleName() + "}.");
    }
    return doc;
  }
}
