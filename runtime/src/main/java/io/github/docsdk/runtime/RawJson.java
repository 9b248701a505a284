package io.github.docsdk.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.docsdk.runtime.internal.PlainJson;
import java.util.Map;

/**
 * The JSON text of {@link ZenlayerHttpClient#invoke}: read as plain values (numbers exactly as written,
 * members in their order), checked, and written compact both ways.
 */
final class RawJson {
    private RawJson() {
    }

    /**
     * @param jsonBody the request as JSON text; null or blank for {@code {}}
     * @return it as plain values
     * @throws IllegalArgumentException if it is not one JSON object (the message locates the problem and
     *     never quotes the body, which may hold secrets)
     */
    static Object body(String jsonBody) {
        if (jsonBody == null || jsonBody.isBlank()) {
            return Map.of();
        }
        Object value;
        try {
            value = Json.mapper().readValue(jsonBody, PlainJson.class).value();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("jsonBody is not valid JSON" + where, e);
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("jsonBody must be a JSON object");
        }
        return value;
    }

    /** @return the value as compact JSON text, {@code null} for a JSON null */
    static String text(PlainJson json) {
        if (json == null || json.value() == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(json.value());
        } catch (JsonProcessingException e) {
            throw new ZenlayerClientException("could not write the response as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
