package io.github.docsdk.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers the line and column of every value and key, read with Jackson's
 * streaming parser (iteratively, so nesting is bounded by Jackson's own limits, not our stack).
 * Read for the files beside the docs (overrides, lint levels) and the examples' bodies, whose
 * findings must point at a line.
 */
public final class JsonLite {

  public enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

  /** A value; {@code line} and {@code column} are 1-based within the parsed text. */
  public static final class Value {
    public final Kind kind;
    public final int line;
    public final int column;
    public final String text;
    public final Map<String, Field> fields;
    public final List<Value> items;

    Value(Kind kind, int line, int column, String text) {
      this.kind = kind;
      this.line = line;
      this.column = column;
      this.text = text;
      this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : Map.of();
      this.items = kind == Kind.ARRAY ? new ArrayList<>() : List.of();
    }

    public String kindName() {
      return switch (kind) {
        case OBJECT -> "object";
        case ARRAY -> "array";
        case STRING -> "string";
        case INTEGER -> "integer";
        case DECIMAL -> "number";
        case BOOLEAN -> "boolean";
        case NULL -> "null";
      };
    }
  }

  /** An object member: where its key is, and its value. */
  public record Field(String name, int line, int column, Value value) {}

  /** Either a value or the reason (and place) the text is not JSON. */
  public record Result(Value value, String error, int errorLine, int errorColumn) {
    public boolean ok() {
      return value != null;
    }
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLite() {}

  public static Result parse(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      Deque<Value> stack = new ArrayDeque<>();
      Deque<String> names = new ArrayDeque<>();
      Deque<int[]> nameAt = new ArrayDeque<>();
      Value root = null;
      String pendingName = null;
      int[] pendingAt = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        if (t == JsonToken.FIELD_NAME) {
          pendingName = p.currentName();
          pendingAt = new int[] {line, col};
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          Value done = stack.pop();
          if (stack.isEmpty()) {
            root = done;
            break;
          }
          attach(stack.peek(), names.pop(), nameAt.pop(), done);
          continue;
        }
        Value v =
            switch (t) {
              case START_OBJECT -> new Value(Kind.OBJECT, line, col, null);
              case START_ARRAY -> new Value(Kind.ARRAY, line, col, null);
              case VALUE_STRING -> new Value(Kind.STRING, line, col, p.getText());
              case VALUE_NUMBER_INT -> new Value(Kind.INTEGER, line, col, p.getText());
              case VALUE_NUMBER_FLOAT -> new Value(Kind.DECIMAL, line, col, p.getText());
              case VALUE_TRUE, VALUE_FALSE -> new Value(Kind.BOOLEAN, line, col, p.getText());
              default -> new Value(Kind.NULL, line, col, null);
            };
        String name = pendingName;
        int[] at = pendingAt;
        pendingName = null;
        pendingAt = null;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          stack.push(v);
          names.push(name == null ? "" : name);
          nameAt.push(at == null ? new int[] {line, col} : at);
          if (stack.size() == 1) {
            names.pop();
            nameAt.pop();
          }
        } else if (stack.isEmpty()) {
          root = v;
          break;
        } else {
          attach(stack.peek(), name, at == null ? new int[] {line, col} : at, v);
        }
      }
      if (root == null) {
        JsonLocation loc = p.currentLocation();
        return new Result(null, "unexpected end of input", loc.getLineNr(), loc.getColumnNr());
      }
      return new Result(root, null, 0, 0);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String msg = e.getOriginalMessage();
      int cut = msg.indexOf('\n');
      return new Result(
          null,
          cut > 0 ? msg.substring(0, cut) : msg,
          loc == null ? 1 : Math.max(1, loc.getLineNr()),
          loc == null ? 1 : Math.max(1, loc.getColumnNr()));
    } catch (IOException | RuntimeException e) {
      return new Result(null, String.valueOf(e.getMessage()), 1, 1);
    }
  }

  /**
   * The text after the first JSON value ("Note: shortened." inside the same code block), stripped;
   * empty when there is none or the text does not start with a value.
   */
  public static String trailingText(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        return "";
      }
      p.skipChildren();
      long end = p.currentLocation().getCharOffset();
      return end < 0 || end > text.length() ? "" : text.substring((int) end).strip();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static void attach(Value parent, String name, int[] at, Value child) {
    if (parent.kind == Kind.OBJECT) {
      String key = name == null ? "" : name;
      parent.fields.putIfAbsent(key, new Field(key, at[0], at[1], child));
    } else {
      parent.items.add(child);
    }
  }
}
