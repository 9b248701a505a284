package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.docsdk.runtime.Json;
import java.io.IOException;

/**
 * Reads a response body in one streaming pass: envelope members are read as tokens and the
 * {@code response} member is bound straight from the parser, so the body is never parsed twice and no
 * intermediate tree is built.
 */
public final class EnvelopeParser {
    private EnvelopeParser() {
    }

    /**
     * @param body the complete, decoded response body (not empty)
     * @param reader the reader for the {@code response} member's type
     * @param <T> the response type
     * @return what the envelope holds
     * @throws IOException if the body is not one JSON object (truncated, HTML, an array, trailing garbage)
     *     or the {@code response} member does not bind to the type
     */
    public static <T> Envelope<T> parse(byte[] body, ObjectReader reader) throws IOException {
        try (JsonParser p = Json.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object, found " + describe(p.currentToken()));
            }
            String requestId = null;
            String code = null;
            String message = null;
            T response = null;
            boolean hasResponse = false;
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "requestId":
                        requestId = scalarText(p, value);
                        break;
                    case "code":
                        code = scalarText(p, value);
                        break;
                    case "message":
                        message = scalarText(p, value);
                        break;
                    case "response":
                        if (value != JsonToken.VALUE_NULL) {
                            response = reader.readValue(p);
                            hasResponse = true;
                        }
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IOException("malformed JSON object, found " + describe(token));
            }
            if (p.nextToken() != null) {
                throw new IOException("unexpected content after the JSON object");
            }
            return new Envelope<>(requestId, code, message, response, hasResponse);
        }
    }

    private static String scalarText(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isScalarValue()) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static String describe(JsonToken token) {
        return token == null ? "end of input" : token.toString();
    }
}
