package io.github.docsdk.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.docsdk.runtime.json.JsonRead;
import io.github.docsdk.runtime.json.JsonWritable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as plain Java: String, Boolean, Long (BigDecimal for integers beyond it and for every
 * number with a fraction or exponent, read exactly from the text), unmodifiable {@code List<Object>}
 * and {@code Map<String, Object>}, or null. Generated models keep the members they do not know this way.
 */
public final class PlainJson {
    private PlainJson() {
    }

    /**
     * @param value a value given by the user
     * @param name where it goes, for the error
     * @return the value
     * @throws IllegalArgumentException if JSON cannot carry it as written
     */
    public static Object check(Object value, String name) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(name + ": JSON has no " + value);
            }
            return value;
        }
        if (value instanceof List) {
            for (Object element : (List<?>) value) {
                check(element, name);
            }
            return value;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException(name + ": JSON object keys must be Strings");
                }
                check(e.getValue(), name);
            }
            return value;
        }
        throw new IllegalArgumentException(name + ": not a JSON value (String, Boolean, Number, List, Map or"
                + " null): " + value.getClass().getName());
    }

    /**
     * Reads one value from the tokens, numbers from their text; an object with the same key twice is refused.
     *
     * @param p a parser at the value's first token; left at its last
     * @return the value as plain Java
     * @throws IOException for malformed JSON or a duplicate key
     */
    public static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw JsonRead.problem(p, "expected a JSON value, found end of input");
        }
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new BigDecimal(p.getBigIntegerValue()) : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken token;
                while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        throw JsonRead.problem(p, "the array is not closed");
                    }
                    list.add(read(p));
                }
                return Collections.unmodifiableList(list);
            }
            case START_OBJECT:
            case FIELD_NAME: {
                // FIELD_NAME: an object whose start a caller has consumed already
                Map<String, Object> map = new LinkedHashMap<>();
                String name = t == JsonToken.FIELD_NAME ? p.currentName() : p.nextFieldName();
                for (; name != null; name = p.nextFieldName()) {
                    p.nextToken();
                    JsonRead.unknown(p, name, map);
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw JsonRead.problem(p, "unexpected JSON token " + t);
        }
    }

    /**
     * Writes a plain value (as {@link #check} accepts it) as JSON, list elements and map values as given.
     *
     * @param g the generator
     * @param value the value
     * @throws IOException if the generator fails
     * @throws IllegalArgumentException for a value that is not plain JSON
     */
    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else if (value instanceof BigInteger) {
            g.writeNumber((BigInteger) value);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof JsonWritable) {
            ((JsonWritable) value).writeJson(g);
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object element : (List<?>) value) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
