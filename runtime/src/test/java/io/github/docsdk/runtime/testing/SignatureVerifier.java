package io.github.docsdk.runtime.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent implementation of sign.md used by the test servers: written from the page, sharing no
 * code with the runtime's signer, and driven by the headers that actually arrived on the wire.
 */
public final class SignatureVerifier {
    private final String accessKeyId;
    private final String accessKeyPassword;

    public SignatureVerifier(String accessKeyId, String accessKeyPassword) {
        this.accessKeyId = accessKeyId;
        this.accessKeyPassword = accessKeyPassword;
    }

    /**
     * @param headers received headers, names lowercased
     * @param body received body
     * @return null when the signature is right, else what is wrong
     */
    public String verify(Map<String, String> headers, byte[] body) {
        String authorization = headers.get("authorization");
        if (authorization == null) {
            return "no Authorization header";
        }
        String prefix = "ZC2-HMAC-SHA256 ";
        if (!authorization.startsWith(prefix)) {
            return "wrong algorithm in " + authorization;
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : authorization.substring(prefix.length()).split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return "malformed Authorization part " + part;
            }
            switch (kv[0]) {
                case "Credential": credential = kv[1]; break;
                case "SignedHeaders": signedHeaders = kv[1]; break;
                case "Signature": signature = kv[1]; break;
                default: return "unknown Authorization part " + kv[0];
            }
        }
        if (!accessKeyId.equals(credential)) {
            return "unknown credential " + credential;
        }
        if (signedHeaders == null || signature == null) {
            return "missing SignedHeaders or Signature";
        }
        String timestamp = headers.get("x-zc-timestamp");
        if (timestamp == null || !timestamp.matches("\\d+")) {
            return "bad X-ZC-Timestamp " + timestamp;
        }
        long skew = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
        if (skew > 300) {
            return "timestamp off by " + skew + " s";
        }
        if (!"ZC2-HMAC-SHA256".equals(headers.get("x-zc-signature-method"))) {
            return "bad X-ZC-Signature-Method " + headers.get("x-zc-signature-method");
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            String value = headers.get(name);
            if (value == null) {
                return "signed header " + name + " not received";
            }
            canonicalHeaders.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        String canonicalRequest = "POST" + '\n' + "/" + '\n' + "" + '\n' + canonicalHeaders + '\n'
                + signedHeaders + '\n' + sha256(body);
        String stringToSign = "ZC2-HMAC-SHA256" + '\n' + timestamp + '\n'
                + sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String expected = hmac(accessKeyPassword, stringToSign);
        return expected.equals(signature) ? null : "signature mismatch";
    }

    public static String sha256(byte[] data) {
        try {
            return toHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return toHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
