package io.github.docsdk.runtime.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a body as printable text for exception messages: enough to recognise a proxy's HTML
 * page or a truncated document, never the whole of a huge body.
 */
public final class BodyPreview {
    /** How many bytes of a body an exception message quotes. */
    public static final int MAX_BYTES = 256;

    private BodyPreview() {
    }

    /**
     * @param body the body bytes (may be {@code null})
     * @return a quoted, single-line preview, or {@code <empty body>}
     */
    public static String of(byte[] body) {
        if (body == null || body.length == 0) {
            return "<empty body>";
        }
        int n = Math.min(body.length, MAX_BYTES);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(n);
        // Ignore the result: a multi-byte character cut at the limit simply stays out.
        decoder.decode(ByteBuffer.wrap(body, 0, n), chars, true);
        chars.flip();
        StringBuilder sb = new StringBuilder(n + 16).append('"');
        ServerText.appendEscaped(sb, chars, chars.length());
        sb.append('"');
        if (body.length > n) {
            sb.append("... (").append(body.length).append(" bytes)");
        }
        return sb.toString();
    }
}
