package io.github.docsdk.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.docsdk.emit.javadoc.Doc;
import io.github.docsdk.emit.model.TypeMapper.View;
import io.github.docsdk.spec.TypeRef;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a model's JSON codec on jackson-core's streaming API, as hand-written code would read it: the
 * reader switches on each member name the parser gives (names are canonical strings, so the switch costs
 * a hash and a reference compare), reads the value with the runtime's {@code JsonRead} helpers straight
 * into the builder, refuses a member seen twice (one bit per member), keeps unknown members as plain
 * values and builds no tree for the rest; the writer writes the non-null members in docs order, then
 * the unknown fields (a request's additional ones, or what a reply carried), so {@code
 * fromJson(toJson())} keeps them. Known enum values come back as the enum's own constant strings.
 */
final class JsonCodecEmitter {

  static final String JSON = "io.github.docsdk.runtime.json";
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  static final ClassName JSON_READ = ClassName.get(JSON, "JsonRead");
  static final ClassName JSON_WRITE = ClassName.get(JSON, "JsonWrite");
  static final ClassName JSON_CORE = ClassName.get(JSON, "JsonCore");
  static final ClassName JSON_WRITABLE = ClassName.get(JSON, "JsonWritable");
  static final ClassName KNOWN_VALUES = ClassName.get(JSON, "KnownValues");
  /** The package-private field of each enum holding its wire values for readers. */
  static final String WIRE_VALUES = "wireValues";
  /** A mask of one bit per member fits in a long up to this many members. */
  private static final int MASK_BITS = 64;

  private final ClassName model;
  private final ClassName builder;
  private final List<ModelMember> members;
  private final TypeMapper types;
  private final boolean request;

  JsonCodecEmitter(ClassName model, ClassName builder, List<ModelMember> members, TypeMapper types,
      boolean request) {
    this.model = model;
    this.builder = builder;
    this.members = members;
    this.types = types;
    this.request = request;
  }

  /** {@code static Model fromJson(JsonParser)}: the reader. */
  MethodSpec reader() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("fromJson")
        .addJavadoc(new Doc()
            .html("Reads a {@code " + model.simpleName() + "} from a JSON parser positioned at its value"
                + (request ? "." : " (the\nSDK's clients call this on the reply as it arrives).") + " Unknown members go to"
                + " {@link #unknownFields()},\n{@code null} list elements are dropped, and a member given"
                + " twice is refused.")
            .param("parser", "a jackson-core parser whose current token starts the object (or is {@code null})")
            .returns("the object, or null for a JSON {@code null}; the parser is left on the object's last token")
            .throwsTag("IOException", "for malformed JSON or a member that does not fit its type (the message"
                + " names the member)")
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model)
        .addParameter(JSON_PARSER, "parser")
        .addException(IO_EXCEPTION)
        .beginControlFlow("if (!$T.startObject(parser))", JSON_READ)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T builder = new $T()", builder, builder);
    boolean wide = members.size() > MASK_BITS;
    if (wide) {
      m.addStatement("boolean[] seen = new boolean[$L]", members.size());
    } else if (!members.isEmpty()) {
      m.addStatement("long seen = 0L");
    }
    m.addStatement("$T name", String.class)
        .beginControlFlow("while ((name = parser.nextFieldName()) != null)")
        .addStatement("parser.nextToken()")
        .beginControlFlow("switch (name)");
    for (int i = 0; i < members.size(); i++) {
      ModelMember member = members.get(i);
      m.addCode("case $S:\n", member.jsonName()).addCode("$>");
      if (wide) {
        m.addStatement("$T.once(parser, seen, $L)", JSON_READ, i);
      } else {
        m.addStatement("seen = $T.once(parser, seen, $L)", JSON_READ, bit(i));
      }
      m.addStatement("builder.$N = $L", member.field(), readValue(member.member().type(), "parser", 0))
          .addStatement("break")
          .addCode("$<");
    }
    m.addCode("default:\n$>")
        .addStatement("$T.unknown(parser, name, builder.$N)", JSON_READ, ModelClassEmitter.UNKNOWN_FIELDS)
        .addCode("$<")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return builder.build()");
    return m.build();
  }

  /** {@code static Model fromJson(String)}: a whole JSON text, for the user's own tooling. */
  MethodSpec textReader() {
    return MethodSpec.methodBuilder("fromJson")
        .addJavadoc(new Doc()
            .html("Reads a {@code " + model.simpleName() + "} from JSON text, e.g. what {@link #toJson()}"
                + " wrote or a\nreply's {@code response} member, exactly as the client reads it.")
            .param("json", "one JSON object (or {@code null})")
            .returns("the object, or null for {@code null}")
            .throwsTag("io.github.docsdk.runtime.ZenlayerClientException", "when the text is not such an object;"
                + " the message names the member")
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model)
        .addParameter(String.class, "json")
        .addStatement("return $T.fromText(json, $T::fromJson, $S)", JSON_READ, model, model.simpleName())
        .build();
  }

  /** {@code void writeJson(JsonGenerator)}: the writer. */
  MethodSpec writer() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("writeJson")
        .addJavadoc(new Doc()
            .html("Writes this object as one JSON object: the members that are not null, in docs order, then"
                + (request ? " the\nadditional fields as given" : " the\nunknown fields as read")
                + "; {@code null} list elements are left out.")
            .param("generator", "a jackson-core generator")
            .throwsTag("IOException", "if the generator fails")
            .build())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(JSON_GENERATOR, "generator")
        .addException(IO_EXCEPTION)
        .addStatement("generator.writeStartObject()");
    for (ModelMember member : members) {
      m.addStatement("$T.field(generator, $S, this.$N)", JSON_WRITE, member.jsonName(), member.field());
    }
    m.addStatement("$T.fields(generator, this.$N)", JSON_WRITE, ModelClassEmitter.UNKNOWN_FIELDS);
    return m.addStatement("generator.writeEndObject()").build();
  }

  /** {@code String toJson()}. */
  MethodSpec toJson() {
    return MethodSpec.methodBuilder("toJson")
        .addJavadoc(new Doc()
            .html("This object as compact JSON, as the SDK sends it (see {@link #writeJson}); secrets are"
                + " written\nas they are, unlike in {@link #toString()}.")
            .returns("the JSON text")
            .build())
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $T.toText(this)", JSON_CORE)
        .build();
  }

  /** The expression reading a value of {@code type} from {@code parser}. */
  private CodeBlock readValue(TypeRef type, String parser, int depth) {
    switch (type.kind()) {
      case LIST:
        return CodeBlock.of("$T.list($N, $L)", JSON_READ, parser, elementReader(type.element(), depth + 1));
      case ENUM:
        if (types.view(type) == View.ENUM) {
          return CodeBlock.of("$T.known($N, $T.$N)", JSON_READ, parser, types.enumClass(type), WIRE_VALUES);
        }
        return CodeBlock.of("$T.string($N)", JSON_READ, parser);
      case STRUCTURE:
        TypeName raw = types.raw(type);
        return TypeMapper.isObject(raw)
            ? CodeBlock.of("$T.plain($N)", JSON_READ, parser)
            : CodeBlock.of("$T.fromJson($N)", raw, parser);
      default:
        return CodeBlock.of("$T.$N($N)", JSON_READ, scalarReader(type.kind()), parser);
    }
  }

  /** A reader of list elements: a method reference, or a lambda for lists of lists. */
  private CodeBlock elementReader(TypeRef element, int depth) {
    switch (element.kind()) {
      case LIST:
        String p = "element" + depth;
        return CodeBlock.of("$N -> $L", p, readValue(element, p, depth));
      case ENUM:
        if (types.view(element) == View.ENUM) {
          return CodeBlock.of("$T.$N", types.enumClass(element), WIRE_VALUES);
        }
        return CodeBlock.of("$T::string", JSON_READ);
      case STRUCTURE:
        TypeName raw = types.raw(element);
        return TypeMapper.isObject(raw) ? CodeBlock.of("$T::plain", JSON_READ) : CodeBlock.of("$T::fromJson", raw);
      default:
        return CodeBlock.of("$T::$N", JSON_READ, scalarReader(element.kind()));
    }
  }

  private static String scalarReader(TypeRef.Kind kind) {
    switch (kind) {
      case STRING:
      case TIMESTAMP:
        return "string";
      case INTEGER:
        return "int64";
      case BOOLEAN:
        return "bool";
      case FLOAT:
      case DOUBLE:
        return "float64";
      case BIGDECIMAL:
        return "decimal";
      default:
        throw new IllegalArgumentException("not a scalar: " + kind);
    }
  }

  private static String bit(int index) {
    return index == 0 ? "1L" : "1L << " + index;
  }
}
