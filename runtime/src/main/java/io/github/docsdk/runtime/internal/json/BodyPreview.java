package io.github.docsdk.runtime.internal.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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
        return body == null ? of(null, 0, 0) : of(body, Math.min(body.length, MAX_BYTES), body.length);
    }

    /**
     * @param head the first bytes of a body
     * @param n how many of them are valid (at most {@link #MAX_BYTES} are quoted)
     * @param total the body's length as far as it was read
     * @return a quoted, single-line preview, or {@code <empty body>}
     */
    static String of(byte[] head, int n, long total) {
        if (head == null || total == 0) {
            return "<empty body>";
        }
        byte[] body = head;
        n = Math.min(n, MAX_BYTES);
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
        if (total > n) {
            sb.append("... (").append(total).append(" bytes)");
        }
        return sb.toString();
    }

    /**
     * A body being read, keeping its first {@link #MAX_BYTES} bytes for a message and counting the rest: all
     * an error needs, without holding the body.
     */
    public static final class Head extends FilterInputStream {
        private final byte[] head = new byte[MAX_BYTES];
        private int kept;
        private long total;
        private int peeked = -2;

        /** @param body the body as it is read */
        public Head(InputStream body) {
            super(body);
        }

        /**
         * @return whether the body has no byte at all (reads one byte ahead)
         * @throws IOException if reading fails
         */
        public boolean isEmpty() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
                if (peeked >= 0) {
                    keep((byte) peeked);
                }
            }
            return peeked < 0;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (peeked >= 0) {
                b[off] = (byte) peeked;
                peeked = -1;
                return 1;
            }
            int n = in.read(b, off, len);
            for (int i = 0; i < n && kept < MAX_BYTES; i++) {
                head[kept++] = b[off + i];
            }
            if (n > 0) {
                total += n;
            }
            return n;
        }

        private void keep(byte b) {
            head[kept++] = b;
            total++;
        }

        /** @return the preview of what was read so far, as {@link BodyPreview#of(byte[])} quotes a whole body */
        public String preview() {
            return of(head, kept, total);
        }
    }
}
