package io.github.docsdk.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a request's {@code Authorization} header the way the real API does (sign.md), returning
 * the documented error for each way it can be wrong.
 */
final class SignatureVerifier {

  /** "Timestamp和服务器时间不得相差超过五分钟" (commonerrorcode.md). */
  static final long MAX_SKEW_SECONDS = 300;

  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "^ZC2-HMAC-SHA256\\s+Credential=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,"
              + "\\s*Signature=([0-9a-fA-F]{64})\\s*$");

  private final SpecModel model;
  private final Map<String, String> secrets;
  private final Set<String> bearerTokens;
  private final Clock clock;

  SignatureVerifier(SpecModel model, Map<String, String> secrets, Set<String> bearerTokens, Clock clock) {
    this.model = model;
    this.secrets = Map.copyOf(secrets);
    this.bearerTokens = Set.copyOf(bearerTokens);
    this.clock = clock;
  }

  /** Without credentials the mock accepts every request unsigned. */
  boolean enabled() {
    return !secrets.isEmpty() || !bearerTokens.isEmpty();
  }

  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

  /**
   * Every check that needs no body: the header's form, the timestamp window and that the access key is
   * known. Run before the body is read, so an unauthenticated client cannot make the mock read (and
   * hold) a large body.
   *
   * @return null when the head may be authentic, else the error to answer with
   */
  ErrorReply verifyHead(Function<String, String> header) {
    if (!enabled()) {
      return null;
    }
    Object parsed = parse(header);
    return parsed instanceof ErrorReply ? (ErrorReply) parsed : null;
  }

  /**
   * @param header case-insensitive header lookup giving the first value or null
   * @return null when the request is authentic, else the error to answer with
   */
  ErrorReply verify(String method, Function<String, String> header, byte[] body) {
    if (!enabled()) {
      return null;
    }
    Object parsed = parse(header);
    if (parsed == null || parsed instanceof ErrorReply) {
      return (ErrorReply) parsed;
    }
    Parsed p = (Parsed) parsed;
    // sign.md lower-cases header values; some clients sign them as sent. Both are accepted.
    if (matches(p.signature, Zc2Signature.sign(p.secret, p.timestamp, method, p.lowered, body))
        || matches(p.signature, Zc2Signature.sign(p.secret, p.timestamp, method, p.asSent, body))) {
      return null;
    }
    return failure("the signature does not match the request; check the signing steps of sign.md");
  }

  /** An Authorization header that passed every check but the signature itself. */
  private static final class Parsed {
    final String signature;
    final String secret;
    final String timestamp;
    final List<Map.Entry<String, String>> lowered;
    final List<Map.Entry<String, String>> asSent;

    Parsed(String signature, String secret, String timestamp, List<Map.Entry<String, String>> lowered,
        List<Map.Entry<String, String>> asSent) {
      this.signature = signature;
      this.secret = secret;
      this.timestamp = timestamp;
      this.lowered = lowered;
      this.asSent = asSent;
    }
  }

  /** @return null for a valid bearer token, an ErrorReply, or the {@link Parsed} header */
  private Object parse(Function<String, String> header) {
    String authorization = header.apply("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return invalid("the Authorization header is missing");
    }
    authorization = authorization.trim();
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = authorization.substring(7).trim();
      return bearerTokens.contains(token) ? null : failure("the bearer token is not known");
    }
    Matcher m = AUTHORIZATION.matcher(authorization);
    if (!m.matches()) {
      return invalid(
          "the Authorization header is not 'ZC2-HMAC-SHA256 Credential=<accessKeyId>, "
              + "SignedHeaders=<headers>, Signature=<hex>'");
    }
    String accessKeyId = m.group(1);
    List<String> signedNames = Arrays.asList(m.group(2).toLowerCase(Locale.ROOT).split(";"));
    String signature = m.group(3).toLowerCase(Locale.ROOT);
    if (!signedNames.contains("content-type") || !signedNames.contains("host")) {
      return invalid("SignedHeaders must include content-type and host");
    }
    List<String> sorted = new ArrayList<>(signedNames);
    sorted.sort(null);
    if (!sorted.equals(signedNames)) {
      return invalid("SignedHeaders must be in ascending order");
    }
    String timestamp = header.apply("X-ZC-Timestamp");
    // Digits only: Long.parseLong would also take "+1700000000".
    if (timestamp == null || !TIMESTAMP.matcher(timestamp.trim()).matches()) {
      return invalid("X-ZC-Timestamp must be the UNIX time in seconds (decimal digits only)");
    }
    long seconds = Long.parseLong(timestamp.trim());
    long now = clock.millis() / 1000;
    if (Math.abs(now - seconds) > MAX_SKEW_SECONDS) {
      return CommonErrors.of(
          model,
          CommonErrors.SIGNATURE_EXPIRED,
          "X-ZC-Timestamp " + seconds + " is " + Math.abs(now - seconds) + "s away from the server time "
              + now + " (at most " + MAX_SKEW_SECONDS + "s allowed)");
    }
    String secret = secrets.get(accessKeyId);
    if (secret == null) {
      return failure("the accessKeyId is not known");
    }
    List<Map.Entry<String, String>> lowered = new ArrayList<>();
    List<Map.Entry<String, String>> asSent = new ArrayList<>();
    for (String name : signedNames) {
      String value = header.apply(name);
      if (value == null) {
        return invalid("signed header '" + name + "' is not in the request");
      }
      lowered.add(new AbstractMap.SimpleImmutableEntry<>(name, value.trim().toLowerCase(Locale.ROOT)));
      asSent.add(new AbstractMap.SimpleImmutableEntry<>(name, value.trim()));
    }
    return new Parsed(signature, secret, timestamp.trim(), lowered, asSent);
  }

  private static boolean matches(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
  }

  private ErrorReply invalid(String message) {
    return CommonErrors.of(model, CommonErrors.INVALID_AUTHORIZATION, message);
  }

  private ErrorReply failure(String message) {
    return CommonErrors.of(model, CommonErrors.SIGNATURE_FAILURE, message);
  }
}
