package io.github.docsdk.runtime.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Undoes {@code Content-Encoding: gzip} as the body is read, with the same size cap applied to the inflated bytes. */
public final class ContentDecoding {
    private ContentDecoding() {
    }

    /** The body could not be decoded: unsupported encoding, corrupt gzip data, or too large once inflated. */
    public static final class BodyDecodeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyDecodeException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * @param contentEncoding the Content-Encoding header value, or {@code null}
     * @param body the body as received
     * @param maxBytes the largest decoded body accepted (guards against compression bombs)
     * @return the decoded body as it is read; failures of decoding are {@link BodyDecodeException}s, failures
     *     of {@code body} itself pass through as they are
     * @throws BodyDecodeException if the encoding is not supported
     */
    public static InputStream decode(String contentEncoding, InputStream body, long maxBytes)
            throws BodyDecodeException {
        if (contentEncoding == null) {
            return body;
        }
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return body;
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new BodyDecodeException(new IOException("unsupported Content-Encoding: " + contentEncoding));
        }
        return new Gunzip(body, maxBytes);
    }

    /** Inflates lazily (an empty body stays empty), counting what it gives out against the cap. */
    private static final class Gunzip extends FilterInputStream {
        private final InputStream raw;
        private final long maxBytes;
        private long total;
        private boolean started;

        Gunzip(InputStream raw, long maxBytes) {
            super(raw);
            this.raw = raw;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                if (!started) {
                    started = true;
                    int first = raw.read();
                    if (first < 0) {
                        return -1;
                    }
                    in = new GZIPInputStream(new Prefixed(first, raw), 8192);
                }
                n = in.read(b, off, len);
            } catch (CappedBodyHandler.BodyReadException e) {
                throw e;
            } catch (IOException e) {
                throw new BodyDecodeException(e);
            }
            if (n > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new BodyDecodeException(new ResponseTooLargeException(maxBytes, "after gzip decoding"));
                }
            }
            return n;
        }
    }

    /** One byte already read, then the rest. */
    private static final class Prefixed extends FilterInputStream {
        private int first;

        Prefixed(int first, InputStream rest) {
            super(rest);
            this.first = first;
        }

        @Override
        public int read() throws IOException {
            if (first >= 0) {
                int b = first;
                first = -1;
                return b;
            }
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (first >= 0) {
                b[off] = (byte) first;
                first = -1;
                return 1;
            }
            return in.read(b, off, len);
        }
    }
}
