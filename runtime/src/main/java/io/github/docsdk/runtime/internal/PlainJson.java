package io.github.docsdk.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = PlainJson.Reader.class)
public final class PlainJson {
    private final Object value;

    private PlainJson(Object value) {
        this.value = value;
    }

    /** @return the value as plain Java */
    public Object value() {
        return value;
    }

    /**
     * @param value a value given by the user
     * @param name where it goes, for the error
     * @return the value
     * @throws IllegalArgumentException if JSON cannot carry it as written
     */
    static Object check(Object value, String name) {
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

    /** Reads one value from the tokens, numbers from their text. */
    static final class Reader extends JsonDeserializer<PlainJson> {
        @Override
        public PlainJson deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return new PlainJson(read(p));
        }

        @Override
        public PlainJson getNullValue(DeserializationContext ctxt) {
            return new PlainJson(null);
        }

        private static Object read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
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
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(read(p));
                    }
                    return Collections.unmodifiableList(list);
                }
                case START_OBJECT:
                case FIELD_NAME: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    JsonToken token = t == JsonToken.START_OBJECT ? p.nextToken() : t;
                    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, read(p));
                    }
                    return Collections.unmodifiableMap(map);
                }
                default:
                    throw new IOException("unexpected JSON token " + t);
            }
        }
    }
}
