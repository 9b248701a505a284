package io.github.docsdk.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256, HMAC-SHA256 and lowercase hex, with per-thread engines: looking up a JCA provider on every
 * request costs more than the hashing itself.
 */
public final class Hashing {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashing::newSha256);
    private static final ThreadLocal<KeyedMac> HMAC = ThreadLocal.withInitial(KeyedMac::new);

    private Hashing() {
    }

    /**
     * @param data bytes to hash
     * @return {@code Lowercase(HexEncode(SHA256(data)))}
     */
    public static String sha256Hex(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return hex(digest.digest(data));
    }

    /**
     * @param first the first bytes to hash
     * @param second the bytes that follow them
     * @return {@code Lowercase(HexEncode(SHA256(first + second)))}, without joining the arrays
     */
    public static String sha256Hex(byte[] first, byte[] second) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        digest.update(first);
        return hex(digest.digest(second));
    }

    /**
     * @param text text to hash as UTF-8
     * @return {@code Lowercase(HexEncode(SHA256(text)))}
     */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param key the HMAC key as text (UTF-8)
     * @param message the message as text (UTF-8)
     * @return {@code Lowercase(HexEncode(HMAC_SHA256(key, message)))}
     */
    public static String hmacSha256Hex(String key, String message) {
        return hex(HMAC.get().mac(key, message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param bytes bytes to encode
     * @return lowercase hexadecimal, two digits per byte
     */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** One Mac per thread, re-keyed only when the key changes (keys rarely change). */
    private static final class KeyedMac {
        private final Mac mac;
        /** The key text the Mac holds, compared first so an unchanged key is not encoded again. */
        private String keyText;
        private byte[] key;

        KeyedMac() {
            try {
                mac = Mac.getInstance("HmacSHA256");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
            }
        }

        byte[] mac(String text, byte[] message) {
            try {
                if (text.equals(keyText)) {
                    mac.reset();
                } else {
                    byte[] keyBytes = text.getBytes(StandardCharsets.UTF_8);
                    if (Arrays.equals(keyBytes, key)) {
                        mac.reset();
                    } else {
                        mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
                        key = keyBytes;
                    }
                    keyText = text;
                }
                return mac.doFinal(message);
            } catch (GeneralSecurityException e) {
                // The message would not name the key; keep it generic anyway.
                throw new IllegalStateException("HmacSHA256 signing failed", e);
            }
        }
    }
}
