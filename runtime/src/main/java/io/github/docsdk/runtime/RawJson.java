package io.github.docsdk.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON text of {@link ZenlayerHttpClient#invoke}: checked on the way out, compact both ways. */
final class RawJson {
    private RawJson() {
    }

    /**
     * @param jsonBody the request as JSON text; null or blank for {@code {}}
     * @return it parsed
     * @throws IllegalArgumentException if it is not one JSON object (the message locates the problem and
     *     never quotes the body, which may hold secrets)
     */
    static JsonNode body(String jsonBody) {
        if (jsonBody == null || jsonBody.isBlank()) {
            return Json.mapper().createObjectNode();
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(jsonBody);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("jsonBody is not valid JSON" + where, e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("jsonBody must be a JSON object, not " + node.getNodeType());
        }
        return node;
    }

    /** @return the node as compact JSON text, {@code null} for a JSON null */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new ZenlayerClientException("could not write the response as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
