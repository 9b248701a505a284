package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.docsdk.runtime.ZenlayerClientException;
import io.github.docsdk.runtime.internal.PlainJson;
import io.github.docsdk.runtime.internal.json.ServerText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What generated readers call, one value at a time: each method reads the value at the parser's current
 * token and leaves the parser on its last token. Scalars are read as data binding used to read them (a
 * number or boolean where a string is expected gives its text, a numeric string where a number is
 * expected gives the number); what cannot be read exactly (a number too large for its Java type, a
 * fraction for an integer, an object for a string) is refused with a message naming the member's path
 * (e.g. {@code response.images[3].imageId}).
 */
public final class JsonRead {
    private static final int MAX_QUOTED = 40;

    private JsonRead() {
    }

    /**
     * @param parser at the value
     * @return true at the start of an object, false for {@code null}
     * @throws IOException for any other value
     */
    public static boolean startObject(JsonParser parser) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw expected(parser, "an object");
    }

    /**
     * Marks a member as read, refusing it the second time: which of two values would win is not something
     * to guess.
     *
     * @param parser at the member's value
     * @param seen the members read so far, one bit each
     * @param bit this member's bit
     * @return {@code seen} with {@code bit} set
     * @throws IOException if the bit was set already
     */
    public static long once(JsonParser parser, long seen, long bit) throws IOException {
        if ((seen & bit) != 0) {
            throw duplicate(parser, parser.currentName());
        }
        return seen | bit;
    }

    /**
     * {@link #once(JsonParser, long, long)} for models with more than 64 members.
     *
     * @param parser at the member's value
     * @param seen the members read so far
     * @param index this member's index
     * @throws IOException if it was read already
     */
    public static void once(JsonParser parser, boolean[] seen, int index) throws IOException {
        if (seen[index]) {
            throw duplicate(parser, parser.currentName());
        }
        seen[index] = true;
    }

    /**
     * Keeps a member the model does not know as a plain value (see {@link PlainJson}).
     *
     * @param parser at the member's value
     * @param name the member's name
     * @param fields where unknown members go
     * @throws IOException for malformed JSON or a name seen twice
     */
    public static void unknown(JsonParser parser, String name, Map<String, Object> fields) throws IOException {
        if (fields.containsKey(name)) {
            throw duplicate(parser, name);
        }
        fields.put(name, PlainJson.read(parser));
    }

    /**
     * @param parser at the value
     * @return the string; the text of a number or boolean; null for {@code null}
     * @throws IOException for an object or array
     */
    public static String string(JsonParser parser) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != null && t.isScalarValue()) {
            return parser.getText();
        }
        throw expected(parser, "a string");
    }

    /**
     * @param parser at the value
     * @param values the strings to return instead of a copy when the value is one of them
     * @return the string (one of {@code values} when equal), as {@link #string}
     * @throws IOException for an object or array
     */
    public static String known(JsonParser parser, KnownValues values) throws IOException {
        return values.read(parser);
    }

    /**
     * @param parser at the value
     * @return a whole number that fits in 64 bits (also from a string or a fraction-free decimal), or null
     * @throws IOException for anything else, naming the member; never a silently wrapped value
     */
    public static Long int64(JsonParser parser) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                return parser.getLongValue();
            }
            throw problem(parser, quote(parser.getText()) + " is out of range for a 64-bit integer (Long)");
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            BigDecimal exact;
            try {
                exact = new BigDecimal(text.length() > 1000 ? "x" : text);
            } catch (NumberFormatException e) {
                throw expected(parser, "an integer");
            }
            try {
                return exact.longValueExact();
            } catch (ArithmeticException e) {
                throw problem(parser, quote(text) + " is not a whole number within the range of a 64-bit integer"
                        + " (Long)");
            }
        }
        throw expected(parser, "an integer");
    }

    /**
     * @param parser at the value
     * @return a finite double (also from a numeric string), or null
     * @throws IOException for anything else, and for a number beyond the range of a double
     */
    public static Double float64(JsonParser parser) throws IOException {
        JsonToken t = parser.currentToken();
        double d;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            d = parser.getDoubleValue();
        } else if (t == JsonToken.VALUE_NULL) {
            return null;
        } else if (t == JsonToken.VALUE_STRING) {
            try {
                d = Double.parseDouble(parser.getText().trim());
            } catch (NumberFormatException e) {
                throw expected(parser, "a number");
            }
        } else {
            throw expected(parser, "a number");
        }
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw problem(parser, quote(parser.getText()) + " is out of range for a double");
        }
        return d;
    }

    /**
     * @param parser at the value
     * @return the number exactly as written (also from a numeric string), or null
     * @throws IOException for anything else
     */
    public static BigDecimal decimal(JsonParser parser) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            try {
                if (text.length() <= 1000) {
                    return new BigDecimal(text);
                }
            } catch (NumberFormatException e) {
                // below
            }
        }
        throw expected(parser, "a number");
    }

    /**
     * @param parser at the value
     * @return true or false (also from the strings {@code "true"} and {@code "false"}), or null
     * @throws IOException for anything else
     */
    public static Boolean bool(JsonParser parser) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            if ("true".equals(text)) {
                return Boolean.TRUE;
            }
            if ("false".equals(text)) {
                return Boolean.FALSE;
            }
        }
        throw expected(parser, "a boolean");
    }

    /**
     * @param parser at the value
     * @return the value as plain Java (see {@link PlainJson})
     * @throws IOException for malformed JSON or a duplicate key
     */
    public static Object plain(JsonParser parser) throws IOException {
        return PlainJson.read(parser);
    }

    /**
     * Reads an array element by element; {@code null} elements are dropped, so a model's list never holds
     * null. The list grows with what arrives (nothing is sized from the input).
     *
     * @param parser at the value
     * @param element reads one element
     * @param <E> the element type
     * @return a mutable list, or null for {@code null}
     * @throws IOException for anything but an array, or an element the reader refuses
     */
    public static <E> List<E> list(JsonParser parser, JsonReader<? extends E> element) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw expected(parser, "an array");
        }
        List<E> list = new ArrayList<>();
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw problem(parser, "the array is not closed");
            }
            if (t != JsonToken.VALUE_NULL) {
                E value = element.read(parser);
                if (value != null) {
                    list.add(value);
                }
            }
        }
        return list;
    }

    /**
     * Reads a whole JSON text for a model's {@code fromJson(String)}.
     *
     * @param json the text
     * @param reader the model's reader
     * @param type the model's name, for the message
     * @param <T> the model's type
     * @return the value, or null for {@code null}
     * @throws ZenlayerClientException naming the member when the text is not such a value
     */
    public static <T> T fromText(String json, JsonReader<T> reader, String type) {
        if (json == null) {
            throw new IllegalArgumentException("json is required");
        }
        try {
            return JsonCore.readDocument(JsonCore.parser(json), reader);
        } catch (IOException e) {
            String message = e instanceof JsonParseException
                    ? ((JsonParseException) e).getOriginalMessage() : e.getMessage();
            throw new ZenlayerClientException("could not read " + type + " from JSON: "
                    + ServerText.clean(message, ServerText.MAX_MESSAGE_CHARS), e);
        }
    }

    /**
     * @param parser where the problem is
     * @param message what is wrong
     * @return an exception locating it: the member's path, then jackson's line and column
     */
    public static JsonParseException problem(JsonParser parser, String message) {
        String path = path(parser.getParsingContext());
        return new JsonParseException(parser, path.isEmpty() ? message : path + ": " + message);
    }

    static JsonParseException duplicate(JsonParser parser, String name) {
        return problem(parser, "Duplicate field '" + name + "'");
    }

    private static JsonParseException expected(JsonParser parser, String what) {
        return problem(parser, "expected " + what + ", found " + JsonCore.describe(parser.currentToken()));
    }

    /** The member path of a context, e.g. {@code response.images[3].imageId}. */
    static String path(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                out.insert(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                out.insert(0, "." + c.getCurrentName());
            }
        }
        return out.length() > 0 && out.charAt(0) == '.' ? out.substring(1) : out.toString();
    }

    private static String quote(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "... (" + text.length()
                + " characters)";
    }
}
