package io.github.docsdk.mock;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ZC2-HMAC-SHA256 computation of {@code api-introduction/instruction/sign.md}, written for the
 * mock on its own (it shares no code with the runtime's signer, so each checks the other).
 *
 * <pre>
 * CanonicalRequest = "POST\n" + "/\n" + "\n" + CanonicalHeaders + "\n" + SignedHeaders + "\n" + hex(sha256(body))
 *   CanonicalHeaders = for each signed header, ascending: lower(name) + ":" + value + "\n"
 * StringToSign     = "ZC2-HMAC-SHA256\n" + timestamp + "\n" + hex(sha256(CanonicalRequest))
 * Signature        = hex(hmacSha256(accessKeyPassword, StringToSign))
 * </pre>
 */
public final class Zc2Signature {

  public static final String ALGORITHM = "ZC2-HMAC-SHA256";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Zc2Signature() {}

  /**
   * Computes a signature.
   *
   * @param secret the access key password
   * @param timestamp the {@code X-ZC-Timestamp} value (UNIX seconds)
   * @param method the HTTP method ({@code POST})
   * @param signedHeaders header names (lower case, ascending) to their values, already
   *     canonicalised by the caller (sign.md: trimmed and lower-cased)
   * @param payload the request body bytes
   */
  public static String sign(
      String secret, String timestamp, String method, List<Map.Entry<String, String>> signedHeaders, byte[] payload) {
    StringBuilder canonical = new StringBuilder(256);
    canonical.append(method.toUpperCase(Locale.ROOT)).append('\n').append("/\n").append('\n');
    StringBuilder names = new StringBuilder();
    for (Map.Entry<String, String> h : signedHeaders) {
      canonical.append(h.getKey()).append(':').append(h.getValue()).append('\n');
      if (names.length() > 0) {
        names.append(';');
      }
      names.append(h.getKey());
    }
    canonical.append('\n').append(names).append('\n').append(sha256Hex(payload));
    String stringToSign =
        ALGORITHM + '\n' + timestamp + '\n' + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    return hex(hmacSha256(secret.getBytes(StandardCharsets.UTF_8), stringToSign));
  }

  /** The {@code Authorization} header value for a signature. */
  public static String authorization(String accessKeyId, String signedHeaderNames, String signature) {
    return ALGORITHM
        + " Credential="
        + accessKeyId
        + ", SignedHeaders="
        + signedHeaderNames
        + ", Signature="
        + signature;
  }

  static String sha256Hex(byte[] data) {
    try {
      return hex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] hmacSha256(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }
}
