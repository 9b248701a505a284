package io.github.docsdk.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes and reads the spec model as JSON: the IDL that the mock server, the API diff and other
 * tools read. The layout is written by hand (not by reflection) so that it is stable, documented
 * in the README, and byte-identical for equal models.
 */
public final class ModelJson {

  /**
   * Bumped when the layout changes. 2 added the traits: {@code readOnly} and {@code pagination} on
   * operations, {@code sensitive} on members; and {@code waiters} (an additive part, written only when
   * there are some). Version 1 is still read, with {@link DefaultTraits}.
   */
  public static final int FORMAT_VERSION = 2;

  private static final int OLDEST_READ = 1;

  /**
   * Writing needs jackson-core only: an {@code ObjectMapper} (hundreds of classes, built once per
   * process) is made only for reading, where a generator run never goes.
   */
  private static final JsonFactory JSON = new JsonFactory();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Built on first read. */
  private static final class Reader {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private ModelJson() {}

  public static String write(Service service) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      writeTree(g, toTree(service));
    } catch (IOException e) {
      throw new IllegalStateException("cannot happen: a tree always serialises to a string", e);
    }
    return out + "\n";
  }

  /** The tree exactly as an {@code ObjectMapper} writes it: members in order, numbers as typed. */
  private static void writeTree(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          g.writeFieldName(field.getKey());
          writeTree(g, field.getValue());
        }
        g.writeEndObject();
        break;
      case ARRAY:
        g.writeStartArray();
        for (JsonNode element : node) {
          writeTree(g, element);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(node.textValue());
        break;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        break;
      case NULL:
        g.writeNull();
        break;
      case NUMBER:
        writeNumber(g, node);
        break;
      default:
        throw new IllegalStateException("the model tree holds no " + node.getNodeType() + " nodes");
    }
  }

  private static void writeNumber(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT:
        g.writeNumber(node.intValue());
        break;
      case LONG:
        g.writeNumber(node.longValue());
        break;
      case BIG_INTEGER:
        g.writeNumber(node.bigIntegerValue());
        break;
      case FLOAT:
        g.writeNumber(node.floatValue());
        break;
      case DOUBLE:
        g.writeNumber(node.doubleValue());
        break;
      default:
        g.writeNumber(node.decimalValue());
    }
  }

  public static ObjectNode toTree(Service service) {
    ObjectNode root = NODES.objectNode();
    root.put("docsdkModel", FORMAT_VERSION);
    root.put("service", service.name());
    root.put("apiVersion", service.apiVersion());
    ArrayNode operations = root.putArray("operations");
    service.operations().forEach(op -> operations.add(operation(op)));
    ArrayNode shapes = root.putArray("shapes");
    service.shapes().forEach(shape -> shapes.add(shape(shape)));
    ArrayNode errors = root.putArray("commonErrors");
    service.commonErrors().forEach(e -> errors.add(error(e)));
    if (!service.resources().isEmpty()) {
      root.set("resources", ResourceJson.write(service.resources()));
    }
    if (!service.waiters().isEmpty()) {
      ArrayNode waiters = root.putArray("waiters");
      service.waiters().forEach(w -> waiters.add(WaiterJson.write(w)));
    }
    return root;
  }

  private static ObjectNode operation(Operation op) {
    ObjectNode node = NODES.objectNode();
    node.put("name", op.name());
    node.put("wireName", op.wireName());
    node.put("description", op.description());
    node.put("readOnly", op.readOnly());
    op.pagination().ifPresent(p -> node.putObject("pagination")
        .put("pageNumber", p.pageNumber())
        .put("pageSize", p.pageSize())
        .put("total", p.total())
        .put("items", p.items()));
    ArrayNode notes = node.putArray("notes");
    op.notes().forEach(notes::add);
    node.set("request", members(op.request()));
    node.set("response", members(op.response()));
    ArrayNode errors = node.putArray("errors");
    op.errors().forEach(e -> errors.add(error(e)));
    ArrayNode examples = node.putArray("examples");
    op.examples().forEach(e -> examples.add(example(e)));
    node.put("source", op.location().toString());
    return node;
  }

  private static ArrayNode members(List<Member> members) {
    ArrayNode array = NODES.arrayNode();
    for (Member m : members) {
      ObjectNode node = array.addObject();
      node.put("name", m.name());
      node.set("type", type(m.type()));
      node.put("required", m.required());
      node.put("description", m.description());
      if (m.sensitive()) {
        node.put("sensitive", true);
      }
      node.put("source", m.location().toString());
    }
    return array;
  }

  private static ObjectNode type(TypeRef type) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", type.kind().name().toLowerCase(Locale.ROOT));
    if (type.shape() != null) {
      node.put("shape", type.shape());
    }
    if (type.element() != null) {
      node.set("element", type(type.element()));
    }
    return node;
  }

  private static ObjectNode shape(Shape shape) {
    ObjectNode node = NODES.objectNode();
    if (shape instanceof StructureShape) {
      StructureShape s = (StructureShape) shape;
      node.put("kind", "structure");
      node.put("name", s.name());
      node.put("docName", s.docName());
      node.put("description", s.description());
      node.set("members", members(s.members()));
    } else if (shape instanceof EnumShape) {
      EnumShape e = (EnumShape) shape;
      node.put("kind", "enum");
      node.put("name", e.name());
      node.put("description", e.description());
      ArrayNode values = node.putArray("values");
      for (EnumValue v : e.values()) {
        values.addObject().put("value", v.value()).put("description", v.description());
      }
    }
    node.put("source", shape.location().toString());
    return node;
  }

  private static ObjectNode error(ErrorCode e) {
    ObjectNode node = NODES.objectNode();
    if (e.httpStatus() == null) {
      node.putNull("httpStatus");
    } else {
      node.put("httpStatus", e.httpStatus());
    }
    node.put("code", e.code());
    node.put("description", e.description());
    node.put("source", e.location().toString());
    return node;
  }

  private static ObjectNode example(Example e) {
    ObjectNode node = NODES.objectNode();
    node.put("title", e.title());
    node.put("host", e.host());
    node.put("action", e.action());
    node.put("request", e.request());
    node.put("response", e.response());
    node.put("source", e.location().toString());
    return node;
  }

  // ---- reading ----

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IllegalArgumentException when the text is not a docsdk model of a known version
   */
  public static Service read(String json) {
    JsonNode root;
    try {
      root = Reader.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    return read(root);
  }

  /**
   * Reads a model from a JSON tree; fields this version does not know are ignored, so additive
   * changes of the layout do not break readers.
   *
   * @throws IllegalArgumentException when the tree is not a docsdk model of a known version
   */
  public static Service read(JsonNode root) {
    int format = root == null ? -1 : root.path("docsdkModel").asInt(-1);
    if (root == null || !root.isObject() || format < OLDEST_READ || format > FORMAT_VERSION) {
      throw new IllegalArgumentException("not a docsdk model (format " + OLDEST_READ + " to " + FORMAT_VERSION
          + "): missing or unknown 'docsdkModel'");
    }
    String service = text(root, "service");
    if (service == null || service.isEmpty()) {
      throw new IllegalArgumentException("docsdk model has no 'service' name");
    }
    String apiVersion = text(root, "apiVersion");
    Service read = new Service(
        service,
        apiVersion == null ? "" : apiVersion,
        list(root.path("operations"), ModelJson::readOperation),
        list(root.path("shapes"), ModelJson::readShape),
        list(root.path("commonErrors"), ModelJson::readError),
        ResourceJson.read(root.path("resources")))
        .withWaiters(list(root.path("waiters"), WaiterJson::read));
    // format 1 has no traits: give it those its writer used, so a diff against it sees no change
    return format == 1 ? DefaultTraits.apply(read) : read;
  }

  private static Operation readOperation(JsonNode n) {
    Pagination pagination = readPagination(n.path("pagination"), text(n, "name"));
    return new Operation(
        text(n, "name"),
        text(n, "wireName"),
        text(n, "description"),
        list(n.path("notes"), JsonNode::asText),
        list(n.path("request"), ModelJson::readMember),
        list(n.path("response"), ModelJson::readMember),
        list(n.path("errors"), ModelJson::readError),
        list(n.path("examples"), ModelJson::readExample),
        location(n))
        .withTraits(n.path("readOnly").asBoolean(false), pagination);
  }

  private static Pagination readPagination(JsonNode n, String operation) {
    if (!n.isObject()) {
      return null;
    }
    String pageNumber = text(n, "pageNumber");
    String pageSize = text(n, "pageSize");
    String total = text(n, "total");
    String items = text(n, "items");
    if (pageNumber == null || pageSize == null || total == null || items == null) {
      throw new IllegalArgumentException(
          "pagination of " + operation + " needs pageNumber, pageSize, total and items");
    }
    return new Pagination(pageNumber, pageSize, total, items);
  }

  private static Member readMember(JsonNode n) {
    return new Member(
        text(n, "name"),
        readType(n.path("type")),
        n.path("required").asBoolean(false),
        text(n, "description"),
        location(n),
        n.path("sensitive").asBoolean(false));
  }

  private static TypeRef readType(JsonNode n) {
    String kind = n.path("kind").asText("string").toUpperCase(Locale.ROOT);
    TypeRef.Kind k;
    try {
      k = TypeRef.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown type kind '" + kind + "' in model", e);
    }
    TypeRef element = n.has("element") ? readType(n.get("element")) : null;
    String shape = n.has("shape") ? n.get("shape").asText() : null;
    return new TypeRef(k, shape, element);
  }

  private static Shape readShape(JsonNode n) {
    if ("enum".equals(n.path("kind").asText())) {
      return new EnumShape(
          text(n, "name"),
          text(n, "description"),
          list(n.path("values"), v -> new EnumValue(text(v, "value"), text(v, "description"))),
          location(n));
    }
    return new StructureShape(
        text(n, "name"),
        text(n, "docName"),
        text(n, "description"),
        list(n.path("members"), ModelJson::readMember),
        location(n));
  }

  private static ErrorCode readError(JsonNode n) {
    JsonNode status = n.path("httpStatus");
    return new ErrorCode(
        status.isNumber() ? status.asInt() : null,
        text(n, "code"),
        text(n, "description"),
        location(n));
  }

  private static Example readExample(JsonNode n) {
    return new Example(
        text(n, "title"),
        text(n, "host"),
        text(n, "action"),
        text(n, "request"),
        text(n, "response"),
        location(n));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Parses {@code file:line:column}; the file part may itself contain colons. */
  static SourceLocation location(JsonNode n) {
    String source = n.path("source").asText("");
    int last = source.lastIndexOf(':');
    int middle = last > 0 ? source.lastIndexOf(':', last - 1) : -1;
    if (middle <= 0) {
      return SourceLocation.of(source, 0, 0);
    }
    try {
      return SourceLocation.of(
          source.substring(0, middle),
          Integer.parseInt(source.substring(middle + 1, last)),
          Integer.parseInt(source.substring(last + 1)));
    } catch (NumberFormatException e) {
      return SourceLocation.of(source, 0, 0);
    }
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> reader) {
    List<T> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(item -> out.add(reader.apply(item)));
    }
    return out;
  }
}
