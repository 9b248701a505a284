package io.github.docsdk.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Undoes {@code Content-Encoding: gzip}, with the same size cap applied to the inflated bytes. */
public final class ContentDecoding {
    private ContentDecoding() {
    }

    /**
     * @param contentEncoding the Content-Encoding header value, or {@code null}
     * @param body the body as received
     * @param maxBytes the largest decoded body accepted (guards against compression bombs)
     * @return the decoded body
     * @throws IOException if the encoding is unsupported, the gzip data is corrupt, or the result is too big
     */
    public static byte[] decode(String contentEncoding, byte[] body, long maxBytes) throws IOException {
        if (contentEncoding == null) {
            return body;
        }
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return body;
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new IOException("unsupported Content-Encoding: " + contentEncoding);
        }
        if (body.length == 0) {
            return body;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(maxBytes, Math.max(1024L, body.length * 4L)));
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ResponseTooLargeException(maxBytes, "after gzip decoding");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
