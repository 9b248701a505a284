package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A request the mock received, with what it answered. Immutable. */
public final class RecordedRequest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String action;
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Instant receivedAt;
  private final int status;
  private final String errorCode;

  RecordedRequest(
      String action,
      String method,
      String path,
      Map<String, List<String>> headers,
      byte[] body,
      Instant receivedAt,
      int status,
      String errorCode) {
    this.action = action == null ? "" : action;
    this.method = method;
    this.path = path;
    Map<String, List<String>> copy = new TreeMap<>();
    headers.forEach(
        (k, v) -> copy.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    copy.replaceAll((k, v) -> List.copyOf(v));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
    this.receivedAt = receivedAt;
    this.status = status;
    this.errorCode = errorCode;
  }

  /** Roughly what this record costs in memory, for the request log's byte budget. */
  long weight() {
    long w = 256L + body.length;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      w += 2L * e.getKey().length() + 48;
      for (String v : e.getValue()) {
        w += 2L * v.length() + 48;
      }
    }
    return w;
  }

  /** The {@code X-ZC-Action} header; empty when absent. */
  public String action() {
    return action;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** All headers, names in lower case, sorted. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public byte[] bodyBytes() {
    return body.clone();
  }

  /** The body as JSON; null when it is not JSON. */
  public JsonNode bodyJson() {
    try {
      return body.length == 0 ? null : MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  /** The HTTP status answered; 0 when the connection was dropped on purpose. */
  public int status() {
    return status;
  }

  /** The error code answered, or null for a success (or a raw/dropped reply). */
  public String errorCode() {
    return errorCode;
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + " " + action + " -> " + status
        + (errorCode == null ? "" : " " + errorCode) + "]";
  }
}
