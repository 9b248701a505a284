package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.docsdk.runtime.Json;

/**
 * Readers and writers per model class, created once: {@code readerFor} resolves deserializers on every
 * call, which would show up in per-request cost.
 */
public final class JsonBindings {
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type);
        }
    };
    private static final ClassValue<ObjectWriter> WRITERS = new ClassValue<>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
            return Json.mapper().writerFor(type);
        }
    };

    private JsonBindings() {
    }

    /**
     * @param type a model class
     * @return the cached reader binding JSON to {@code type}
     */
    public static ObjectReader reader(Class<?> type) {
        return READERS.get(type);
    }

    /**
     * @param type a model class
     * @return the cached writer for {@code type}
     */
    public static ObjectWriter writer(Class<?> type) {
        return WRITERS.get(type);
    }
}
