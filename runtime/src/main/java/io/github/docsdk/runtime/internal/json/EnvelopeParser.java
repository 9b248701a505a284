package io.github.docsdk.runtime.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.docsdk.runtime.json.JsonCore;
import io.github.docsdk.runtime.json.JsonRead;
import io.github.docsdk.runtime.json.JsonReader;
import java.io.IOException;

/**
 * Reads a response body in one streaming pass: envelope members are read as tokens and the
 * {@code response} member straight from the parser by the response type's reader, so the body is never
 * parsed twice and no intermediate tree is built. Members the envelope does not know are skipped.
 */
public final class EnvelopeParser {
    private EnvelopeParser() {
    }

    /**
     * @param body the complete, decoded response body (not empty)
     * @param reader the reader for the {@code response} member's type
     * @param <T> the response type
     * @return what the envelope holds
     * @throws IOException if the body is not one JSON object (truncated, HTML, an array, trailing garbage),
     *     has a member twice, or the {@code response} member does not read as the type
     */
    public static <T> Envelope<T> parse(byte[] body, JsonReader<T> reader) throws IOException {
        return parse(JsonCore.parser(body), reader);
    }

    /**
     * @param parser a parser before the body's first token (closed by this method)
     * @param reader the reader for the {@code response} member's type
     * @param <T> the response type
     * @return what the envelope holds
     * @throws IOException as for {@link #parse(byte[], JsonReader)}, and for an I/O failure of the source
     */
    public static <T> Envelope<T> parse(JsonParser parser, JsonReader<T> reader) throws IOException {
        try (JsonParser p = parser) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw JsonRead.problem(p, "expected a JSON object, found " + JsonCore.describe(p.currentToken()));
            }
            String requestId = null;
            String code = null;
            String message = null;
            T response = null;
            boolean hasResponse = false;
            long seen = 0;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "requestId":
                        seen = JsonRead.once(p, seen, 1);
                        requestId = scalarText(p, value);
                        break;
                    case "code":
                        seen = JsonRead.once(p, seen, 2);
                        code = scalarText(p, value);
                        break;
                    case "message":
                        seen = JsonRead.once(p, seen, 4);
                        message = scalarText(p, value);
                        break;
                    case "response":
                        seen = JsonRead.once(p, seen, 8);
                        if (value != JsonToken.VALUE_NULL) {
                            response = reader.read(p);
                            hasResponse = true;
                        }
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw JsonRead.problem(p, "malformed JSON object, found " + JsonCore.describe(p.currentToken()));
            }
            if (p.nextToken() != null) {
                throw JsonRead.problem(p, "unexpected content after the JSON object");
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
}
