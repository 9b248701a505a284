package io.github.docsdk.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted reply for {@link MockServer#stub} and {@link MockServer#enqueue}. Immutable; the
 * {@code with...} methods return copies.
 *
 * <ul>
 *   <li>{@link #documented()}: what the mock would answer anyway (docs example or synthesised);
 *       useful with {@link #delayedBy}. The request body is still validated.
 *   <li>{@link #response(String)}: a fixed success payload, wrapped in the
 *       {@code {"requestId","response"}} envelope with a fresh requestId.
 *   <li>{@link #raw(int, String)}: exactly this status and body (for unreadable bodies, HTML...).
 *   <li>{@link #error(String)}: a documented error code; the status and message come from the
 *       model (the action's own table, then the common codes).
 *   <li>{@link #dropConnection()}: close the connection without answering.
 * </ul>
 *
 * Every reply but {@link #documented()} replaces body validation: a script says exactly what to
 * answer. Signatures are always checked.
 */
public final class MockReply {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  enum Kind {
    DOCUMENTED,
    RESPONSE,
    RAW,
    ERROR,
    DROP
  }

  final Kind kind;
  /** RESPONSE: the payload; RAW: the body text. */
  final JsonNode payload;
  final String rawBody;
  /** RAW and explicit ERROR statuses; null to take the model's. */
  final Integer status;
  final String code;
  final String message;
  final Duration delay;
  final Map<String, String> headers;

  private MockReply(
      Kind kind,
      JsonNode payload,
      String rawBody,
      Integer status,
      String code,
      String message,
      Duration delay,
      Map<String, String> headers) {
    this.kind = kind;
    this.payload = payload;
    this.rawBody = rawBody;
    this.status = status;
    this.code = code;
    this.message = message;
    this.delay = delay;
    this.headers = Map.copyOf(headers);
  }

  private static MockReply of(Kind kind, JsonNode payload, String raw, Integer status, String code, String message) {
    return new MockReply(kind, payload, raw, status, code, message, Duration.ZERO, Map.of());
  }

  /** The reply the mock gives unscripted (docs example, else synthesised). */
  public static MockReply documented() {
    return of(Kind.DOCUMENTED, null, null, null, null, null);
  }

  /** A success with this payload (the content of {@code response}), as JSON object text. */
  public static MockReply response(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return response(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A success with this payload (the content of {@code response}); must be a JSON object. */
  public static MockReply response(JsonNode payload) {
    if (payload == null || !payload.isObject()) {
      throw new IllegalArgumentException("a response payload must be a JSON object");
    }
    return of(Kind.RESPONSE, payload.deepCopy(), null, null, null, null);
  }

  /** Exactly this status and body, sent as {@code application/json}. */
  public static MockReply raw(int status, String body) {
    checkStatus(status);
    return of(Kind.RAW, null, Objects.requireNonNull(body, "body"), status, null, null);
  }

  /**
   * A documented error code; its status and description come from the model. {@link
   * MockServer#stub} rejects codes the model does not document for the action.
   */
  public static MockReply error(String code) {
    return of(Kind.ERROR, null, null, null, Objects.requireNonNull(code, "code"), null);
  }

  /** A documented error code with its documented status and this message. */
  public static MockReply error(String code, String message) {
    return of(Kind.ERROR, null, null, null, Objects.requireNonNull(code, "code"), message);
  }

  /** Any error envelope, documented or not. */
  public static MockReply error(int status, String code, String message) {
    checkStatus(status);
    return of(Kind.ERROR, null, null, status, Objects.requireNonNull(code, "code"), message);
  }

  /** Closes the connection without sending a status line. */
  public static MockReply dropConnection() {
    return of(Kind.DROP, null, null, null, null, null);
  }

  /** The same reply, sent after this delay (the request is recorded before waiting). */
  public MockReply delayedBy(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    return new MockReply(kind, payload, rawBody, status, code, message, delay, headers);
  }

  /** The same reply with one more response header (e.g. {@code Retry-After}). */
  public MockReply withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new MockReply(kind, payload, rawBody, status, code, message, delay, copy);
  }

  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return "MockReply[" + kind + (code == null ? "" : " " + code) + (delay.isZero() ? "" : " after " + delay) + "]";
  }

  private static void checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
  }
}
