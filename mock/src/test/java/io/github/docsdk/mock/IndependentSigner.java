package io.github.docsdk.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.SortedMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * sign.md written a second time, for tests only, deliberately sharing nothing with the mock's
 * {@link Zc2Signature}: a verifier checked only against its own signer proves nothing.
 */
final class IndependentSigner {

  private IndependentSigner() {}

  /**
   * @param headers lower-case names to values (sign.md: values trimmed and lower-cased), sorted
   * @return the Authorization header value
   */
  static String authorization(
      String accessKeyId, String password, long timestamp, SortedMap<String, String> headers, String body) {
    return authorization(accessKeyId, password, timestamp, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The same over raw body bytes (which need not be valid UTF-8). */
  static String authorization(
      String accessKeyId, String password, long timestamp, SortedMap<String, String> headers, byte[] body) {
    StringBuilder canonicalHeaders = new StringBuilder();
    headers.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v.trim().toLowerCase()).append('\n'));
    String signedHeaders = String.join(";", headers.keySet());
    String canonicalRequest =
        String.join(
            "\n",
            "POST",
            "/",
            "",
            canonicalHeaders.toString(),
            signedHeaders,
            hex(sha256(body)));
    String stringToSign =
        "ZC2-HMAC-SHA256\n" + timestamp + "\n" + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    String signature = hex(hmac(password, stringToSign));
    return String.format(
        "ZC2-HMAC-SHA256 Credential=%s, SignedHeaders=%s, Signature=%s", accessKeyId, signedHeaders, signature);
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] hmac(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
