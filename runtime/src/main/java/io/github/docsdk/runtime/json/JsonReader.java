package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one JSON value into a Java value with jackson-core's streaming parser; generated models have one
 * ({@code Model::fromJson}).
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface JsonReader<T> {
    /**
     * @param parser a parser whose current token starts the value (or is {@code null}); on return its
     *     current token is the value's last ({@code END_OBJECT} for an object)
     * @return the value, or null for a JSON {@code null}
     * @throws IOException for malformed JSON or a value of the wrong kind (the message names the member)
     */
    T read(JsonParser parser) throws IOException;
}
