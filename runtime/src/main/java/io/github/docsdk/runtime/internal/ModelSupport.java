package io.github.docsdk.runtime.internal;

import io.github.docsdk.runtime.ZenlayerClientException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The few helpers every generated model calls, written once here instead of in each SDK, so that
 * each model class stays a plain list of fields and one-line methods.
 */
public final class ModelSupport {
    /** The constant every generated enum has for values the SDK does not know. */
    public static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";
    private static final int QUOTE_LIMIT = 100;

    private ModelSupport() {
    }

    /**
     * @param list the list, or null
     * @param <T> the element type
     * @return an unmodifiable view, or null for null
     */
    public static <T> List<T> freeze(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(list);
    }

    /**
     * @param values the values, or null
     * @param <T> the element type
     * @return a private, mutable copy without the {@code null} elements (a model's list never holds null,
     *     as one read from a reply never does), or null for null
     */
    public static <T> List<T> copy(Collection<? extends T> values) {
        if (values == null) {
            return null;
        }
        List<T> out = new ArrayList<>(values.size());
        for (T value : values) {
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /**
     * The wire value of an enum constant for a builder setter.
     *
     * @param value the constant, or null
     * @param member the member's JSON name, for the error
     * @return its wire value, or null for null
     * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}, which has no wire value
     */
    public static String wire(Enum<?> value, String member) {
        if (value == null) {
            return null;
        }
        if (UNKNOWN.equals(value.name())) {
            throw new IllegalArgumentException(member + ": " + UNKNOWN + " has no wire value and cannot be"
                    + " sent; pass the value as a String to send one this SDK does not know");
        }
        return value.toString();
    }

    /**
     * The wire strings of enum constants or instants for a builder setter.
     *
     * @param values the values, or null
     * @param member the member's JSON name, for the error
     * @return their strings (a private list, {@code null} elements dropped), or null for null
     * @throws IllegalArgumentException for {@code UNKNOWN_TO_SDK_VERSION}
     */
    public static List<String> strings(Collection<?> values, String member) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value != null) {
                out.add(value instanceof Enum ? wire((Enum<?>) value, member) : value.toString());
            }
        }
        return out;
    }

    /**
     * Converts wire strings element by element.
     *
     * @param raw the strings, or null
     * @param function the conversion
     * @param <E> the element type
     * @return the converted, unmodifiable list; empty for null
     */
    public static <E> List<E> convert(List<String> raw, Function<String, ? extends E> function) {
        if (raw == null) {
            return List.of();
        }
        List<E> out = new ArrayList<>(raw.size());
        for (String value : raw) {
            out.add(value == null ? null : function.apply(value));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Reads an ISO-8601 date-time leniently: with an offset or {@code Z}, or without one (then taken as
     * UTC), with {@code T} or a space between date and time.
     *
     * @param raw the wire value, or null
     * @param member the member's JSON name, for the error
     * @return the instant, or null when absent or empty
     * @throws ZenlayerClientException when the value is not such a date-time; it names the member and
     *     quotes the value (cut and escaped)
     */
    public static Instant instant(String raw, String member) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String text = raw.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: try a local date-time below
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ZenlayerClientException(member + ": not an ISO-8601 date-time: \"" + quote(raw)
                    + "\" (the text stays readable through the AsString accessor)", e);
        }
    }

    /**
     * Converts wire strings to instants.
     *
     * @param raw the strings, or null
     * @param member the member's JSON name, for the error
     * @return the instants, unmodifiable; empty for null
     * @throws ZenlayerClientException when an element is not a date-time
     */
    public static List<Instant> instants(List<String> raw, String member) {
        return convert(raw, value -> instant(value, member));
    }

    /**
     * @param value the secret, or null
     * @return null for null, else a fixed mask (for toString)
     */
    public static String mask(Object value) {
        return value == null ? null : "*** redacted ***";
    }

    /**
     * @param fields the fields gathered by a builder
     * @return an unmodifiable copy keeping their order (null values allowed)
     */
    public static Map<String, Object> freezeFields(Map<String, Object> fields) {
        return fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Adds a request member the model does not define, checked to be one JSON can carry.
     *
     * @param fields the builder's additional fields
     * @param known the JSON names the model defines
     * @param name the member's JSON name
     * @param value a plain Java value: String, Boolean, a Number, a List or Map of such values, or null
     * @throws IllegalArgumentException for a blank or model-defined name, or a value of another kind
     */
    public static void putAdditional(Map<String, Object> fields, Set<String> known, String name, Object value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an additional field needs a name");
        }
        if (known.contains(name)) {
            throw new IllegalArgumentException(name + " is a member of the model; set it with its own setter");
        }
        fields.put(name, PlainJson.check(value, name));
    }

    /** Cuts and escapes text from the wire for a message. */
    static String quote(String raw) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(raw.length(), QUOTE_LIMIT);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (raw.length() > QUOTE_LIMIT) {
            out.append("... (").append(raw.length()).append(" chars)");
        }
        return out.toString();
    }
}
