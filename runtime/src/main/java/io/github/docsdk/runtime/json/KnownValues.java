package io.github.docsdk.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The documented values of an enum, so that reading one gives the enum's own constant string instead of a
 * new copy per occurrence (2,000 images carry 2,000 {@code "centos"}s, all one string). Compared on the
 * parser's character buffer: a known value costs no allocation.
 */
public final class KnownValues implements JsonReader<String> {
    private final String[] values;
    private final char[][] chars;

    private KnownValues(String[] values) {
        this.values = values.clone();
        this.chars = new char[values.length][];
        for (int i = 0; i < values.length; i++) {
            chars[i] = values[i].toCharArray();
        }
    }

    /**
     * @param values the wire values (string constants, so they are the enum's own instances)
     * @return the set
     */
    public static KnownValues of(String... values) {
        return new KnownValues(values);
    }

    /**
     * @param parser at the value
     * @return the known value's constant, else as {@link JsonRead#string}
     * @throws IOException for an object or array
     */
    @Override
    public String read(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            char[] buffer = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            for (int i = 0; i < chars.length; i++) {
                if (matches(chars[i], buffer, offset, length)) {
                    return values[i];
                }
            }
            return parser.getText();
        }
        return JsonRead.string(parser);
    }

    private static boolean matches(char[] value, char[] buffer, int offset, int length) {
        if (value.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value[i] != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
