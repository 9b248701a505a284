package io.github.docsdk.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The ZC2-HMAC-SHA256 signature of Zenlayer Cloud API v2, step by step as the "签名方法 v2" page
 * describes it. Each step is public so tests and tools can check intermediate values.
 *
 * <pre>
 * CanonicalRequest = "POST\n/\n\n" + CanonicalHeaders + "\n" + SignedHeaders + "\n" + hex(sha256(body))
 * CanonicalHeaders = "content-type:" + v + "\n" + "host:" + v + "\n"   (values lowercased, trimmed)
 * StringToSign     = "ZC2-HMAC-SHA256\n" + timestamp + "\n" + hex(sha256(CanonicalRequest))
 * Signature        = hex(hmac_sha256(accessKeyPassword, StringToSign))
 * Authorization    = "ZC2-HMAC-SHA256 Credential=" + id + ", SignedHeaders=" + SignedHeaders
 *                    + ", Signature=" + Signature
 * </pre>
 *
 * <p>Only {@code content-type} and {@code host} are signed: the page names them as the required pair and
 * the official SDKs sign exactly these.
 */
public final class Zc2Signer {
    /** The algorithm name used in the string to sign, the Authorization header and X-ZC-Signature-Method. */
    public static final String ALGORITHM = "ZC2-HMAC-SHA256";
    /** The signed header names, lowercase, sorted, joined by ';'. */
    public static final String SIGNED_HEADERS = "content-type;host";

    private Zc2Signer() {
    }

    /**
     * @param contentType the Content-Type header value exactly as sent
     * @param host the Host header value exactly as sent (host, plus ":port" for a non-default port)
     * @param payloadHash {@link #payloadHash(byte[])} of the body
     * @return the canonical request string
     */
    public static String canonicalRequest(String contentType, String host, String payloadHash) {
        return "POST\n"
                + "/\n"
                + "\n"
                + canonicalHeaders(contentType, host) + "\n"
                + SIGNED_HEADERS + "\n"
                + payloadHash;
    }

    /**
     * @param contentType the Content-Type header value
     * @param host the Host header value
     * @return {@code content-type:<value>\nhost:<value>\n}, values lowercased and trimmed
     */
    public static String canonicalHeaders(String contentType, String host) {
        return "content-type:" + normalise(contentType) + "\n" + "host:" + normalise(host) + "\n";
    }

    /**
     * @param body the exact request body bytes
     * @return lowercase hex SHA-256 of the body
     */
    public static String payloadHash(byte[] body) {
        return Hashing.sha256Hex(body);
    }

    /**
     * @param timestamp the X-ZC-Timestamp value (UNIX seconds)
     * @param canonicalRequest the canonical request
     * @return the string to sign
     */
    public static String stringToSign(long timestamp, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + Hashing.sha256Hex(canonicalRequest);
    }

    /**
     * @param accessKeyPassword the secret key
     * @param stringToSign the string to sign
     * @return lowercase hex HMAC-SHA256 signature
     */
    public static String signature(String accessKeyPassword, String stringToSign) {
        return Hashing.hmacSha256Hex(accessKeyPassword, stringToSign);
    }

    /**
     * @param accessKeyId the access key id
     * @param signature the signature
     * @return the Authorization header value
     */
    public static String authorization(String accessKeyId, String signature) {
        return ALGORITHM + " Credential=" + accessKeyId + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }

    /**
     * All steps at once.
     *
     * @param accessKeyId the access key id
     * @param accessKeyPassword the secret key
     * @param contentType the Content-Type header value exactly as sent
     * @param host the Host header value exactly as sent
     * @param payloadHash {@link #payloadHash(byte[])} of the body
     * @param timestamp the X-ZC-Timestamp value (UNIX seconds)
     * @return the Authorization header value
     */
    public static String sign(String accessKeyId, String accessKeyPassword, String contentType, String host,
            String payloadHash, long timestamp) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(accessKeyPassword, "accessKeyPassword");
        String canonical = canonicalRequest(contentType, host, payloadHash);
        return authorization(accessKeyId, signature(accessKeyPassword, stringToSign(timestamp, canonical)));
    }

    /**
     * @param contentType the Content-Type header value every request will send, exactly as sent
     * @param host the Host header value every request will send, exactly as sent
     * @return a signer for requests to that host, which keeps the canonical request's constant part
     */
    public static ForHost forHost(String contentType, String host) {
        return new ForHost(contentType, host);
    }

    /**
     * Signs requests that share one Content-Type and Host (one client's): the same signatures as
     * {@link Zc2Signer#sign}, without building the canonical request's constant part per call.
     * Immutable and thread-safe.
     */
    public static final class ForHost {
        /** The canonical request up to the payload hash, which is all that differs per call. */
        private final byte[] canonicalPrefix;

        private ForHost(String contentType, String host) {
            this.canonicalPrefix = canonicalRequest(contentType, host, "").getBytes(StandardCharsets.UTF_8);
        }

        /**
         * @param accessKeyId the access key id
         * @param accessKeyPassword the secret key
         * @param payloadHash {@link Zc2Signer#payloadHash(byte[])} of the body
         * @param timestamp the X-ZC-Timestamp value (UNIX seconds)
         * @return the Authorization header value, as {@link Zc2Signer#sign} gives it
         */
        public String sign(String accessKeyId, String accessKeyPassword, String payloadHash, long timestamp) {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(accessKeyPassword, "accessKeyPassword");
            String canonicalHash = Hashing.sha256Hex(canonicalPrefix,
                    payloadHash.getBytes(StandardCharsets.UTF_8));
            String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + canonicalHash;
            return authorization(accessKeyId, signature(accessKeyPassword, stringToSign));
        }
    }

    private static String normalise(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
