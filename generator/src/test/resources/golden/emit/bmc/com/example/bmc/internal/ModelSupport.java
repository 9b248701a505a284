package com.example.bmc.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Helpers for the generated model classes. Internal: not part of the SDK's API and may change
 * with any regeneration.
 */
@Generated("io.github.docsdk")
public final class ModelSupport {
    private ModelSupport() {
    }

    /**
     * An unmodifiable view of a list.
     *
     * @param list the list, or null
     * @return the view, or null for null
     * @param <T> the element type
     */
    public static <T> List<T> freeze(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(list);
    }

    /**
     * A private, mutable copy of a collection.
     *
     * @param values the values, or null
     * @return the copy, or null for null
     * @param <T> the element type
     */
    public static <T> List<T> copy(Collection<? extends T> values) {
        return values == null ? null : new ArrayList<>(values);
    }

    /**
     * The wire strings of enum constants or instants.
     *
     * @param values the values, or null
     * @return their strings, or null for null
     */
    public static List<String> strings(Collection<?> values) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>(values.size());
        for (Object value : values) {
            out.add(value == null ? null : value.toString());
        }
        return out;
    }

    /**
     * Converts wire strings element by element.
     *
     * @param raw the strings, or null
     * @return the converted, unmodifiable list; empty for null
     * @param function the conversion
     * @param <E> the element type
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
     * Reads an ISO-8601 date-time leniently: with an offset or {@code Z}, or without one
     * (then taken as UTC), with {@code T} or a space between date and time.
     *
     * @param raw the wire value, or null
     * @return the instant, or null when absent or unparsable
     */
    public static Instant instant(String raw) {
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
            return null;
        }
    }

    /**
     * Hides a secret in toString output.
     *
     * @param value the secret, or null
     * @return null for null, else a fixed mask
     */
    public static String mask(Object value) {
        return value == null ? null : "*** redacted ***";
    }
}
