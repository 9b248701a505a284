package io.github.docsdk.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.docsdk.runtime.internal.PlainJson;
import io.github.docsdk.runtime.json.JsonCore;
import java.io.IOException;
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
            value = JsonCore.readDocument(JsonCore.parser(jsonBody), PlainJson::read);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("jsonBody is not valid JSON" + where, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("jsonBody could not be read", e);
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("jsonBody must be a JSON object");
        }
        return value;
    }

    /** @return the plain value as compact JSON text, {@code null} for a JSON null */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return JsonCore.toText(g -> PlainJson.write(g, value));
    }
}
