package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one jackson-core {@link JsonFactory} the runtime and generated models read and write with: streaming
 * parsers and generators only, no data binding, no reflection.
 *
 * <p>Reading limits (jackson-core's {@link StreamReadConstraints}) bound what a hostile reply can make the
 * parser do: nesting depth {@value #MAX_NESTING_DEPTH}, {@value #MAX_STRING_CHARS} characters per string,
 * {@value #MAX_DOCUMENT_BYTES} bytes per document (the transport's own cap, 32 MiB by default, usually
 * stops a body first). Writing is compact UTF-8 JSON.
 */
public final class JsonCore {
    /** How deeply arrays and objects may nest in a document read. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING_CHARS = 16 * 1024 * 1024;
    /** The largest document read, in bytes (or characters, for text). */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            // no STRICT_DUPLICATE_DETECTION: it costs a HashSet per object; readers check duplicates themselves
            .build();

    private JsonCore() {
    }

    /** @return the shared factory (do not reconfigure it) */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * @param json a complete document
     * @return a parser over it, before its first token
     * @throws IOException if the parser cannot be created
     */
    public static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * @param json a complete document
     * @return a parser over it, before its first token
     * @throws IOException if the parser cannot be created
     */
    public static JsonParser parser(String json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * @param json a document as it arrives (UTF-8); the parser reads it in chunks and closes it when closed
     * @return a parser over it, before its first token
     * @throws IOException if the parser cannot be created
     */
    public static JsonParser parser(InputStream json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * Reads one whole document with {@code reader}: the first token must start the value and nothing but
     * whitespace may follow it.
     *
     * @param parser a parser before its first token (closed by this method)
     * @param reader reads the value at the parser's first token
     * @param <T> the value's type
     * @return the value (null for a JSON {@code null})
     * @throws IOException for malformed JSON, trailing content, or a value the reader refuses
     */
    public static <T> T readDocument(JsonParser parser, JsonReader<T> reader) throws IOException {
        try (JsonParser p = parser) {
            if (p.nextToken() == null) {
                throw JsonRead.problem(p, "no JSON value in the text");
            }
            T value = reader.read(p);
            if (p.nextToken() != null) {
                throw JsonRead.problem(p, "unexpected content after the JSON value");
            }
            return value;
        }
    }

    /**
     * @param value what to write
     * @return it as compact JSON in UTF-8
     */
    public static byte[] toBytes(JsonWritable value) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            value.writeJson(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory writes do not fail; a writer's own error does
        }
        return out.toByteArray();
    }

    /**
     * @param value what to write
     * @return it as compact JSON text
     */
    public static String toText(JsonWritable value) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            value.writeJson(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param token a token, or null at the end of input
     * @return a short name of it for messages ("an object", "a string", ...)
     */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }
}
