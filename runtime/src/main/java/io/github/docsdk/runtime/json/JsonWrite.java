package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.docsdk.runtime.internal.PlainJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What generated writers call, one member at a time: a member that is null is left out, and so is a
 * {@code null} element of a list (a model's list never sends one, as it never receives one).
 */
public final class JsonWrite {
    private JsonWrite() {
    }

    /** Writes {@code "name": value} unless the value is null. */
    public static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** Writes {@code "name": value} unless the value is null. */
    public static void field(JsonGenerator g, String name, Long value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.longValue());
        }
    }

    /** Writes {@code "name": value} unless the value is null. */
    public static void field(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    /** Writes {@code "name": value} unless the value is null. */
    public static void field(JsonGenerator g, String name, Double value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.doubleValue());
        }
    }

    /** Writes {@code "name": value} unless the value is null. */
    public static void field(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }

    /** Writes {@code "name": {...}} unless the value is null. */
    public static void field(JsonGenerator g, String name, JsonWritable value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            value.writeJson(g);
        }
    }

    /** Writes {@code "name": [...]} unless the list is null, leaving out null elements. */
    public static void field(JsonGenerator g, String name, List<?> values) throws IOException {
        if (values != null) {
            g.writeFieldName(name);
            g.writeStartArray();
            for (Object value : values) {
                if (value != null) {
                    value(g, value);
                }
            }
            g.writeEndArray();
        }
    }

    /** Writes {@code "name": value} for a free-form (plain) value unless it is null. */
    public static void field(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            value(g, value);
        }
    }

    /**
     * Writes a request's additional fields as given, null values as {@code null}.
     *
     * @param g the generator, inside an object
     * @param fields name to plain value
     * @throws IOException if the generator fails
     */
    public static void fields(JsonGenerator g, Map<String, Object> fields) throws IOException {
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            g.writeFieldName(e.getKey());
            PlainJson.write(g, e.getValue());
        }
    }

    /** Writes one value: a model, a list of values, or a plain value. */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof JsonWritable) {
            ((JsonWritable) value).writeJson(g);
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object element : (List<?>) value) {
                if (element != null) {
                    value(g, element);
                }
            }
            g.writeEndArray();
        } else {
            PlainJson.write(g, value);
        }
    }
}
