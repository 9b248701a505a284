package io.github.docsdk.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson {@link ObjectMapper} the runtime and generated models share.
 *
 * <p>Configuration (a contract generated code relies on): unknown properties are ignored (the service
 * may be ahead of the docs), {@code null} members are not serialised, empty request objects serialise
 * as {@code {}}, and no modules are registered (models bind through explicit annotations).
 *
 * <p>Against hostile replies: a JSON object with the same key twice is refused (Jackson's strict duplicate
 * detection; which of two values would win is not something to guess), and {@code null} elements of arrays
 * bound to lists are dropped, so a model's list never holds {@code null}.
 * Do not reconfigure the returned instance: it is shared by every client in the JVM.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** @return the shared, configured mapper */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
