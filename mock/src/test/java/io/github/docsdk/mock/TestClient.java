package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.TreeMap;

/** A plain java.net.http client that signs with {@link IndependentSigner}. */
final class TestClient {

  static final String ID = "test-key-id";
  static final String PASSWORD = "test-key-password";
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final URI endpoint;

  TestClient(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** A reply: status, body text, body JSON (null when not JSON). */
  static final class Reply {
    final int status;
    final String body;
    final JsonNode json;

    Reply(int status, String body) {
      this.status = status;
      this.body = body;
      JsonNode parsed;
      try {
        parsed = MAPPER.readTree(body);
      } catch (IOException e) {
        parsed = null;
      }
      this.json = parsed;
    }

    String code() {
      return json == null ? null : json.path("code").asText(null);
    }

    String message() {
      return json == null ? null : json.path("message").asText(null);
    }

    JsonNode response() {
      return json == null ? null : json.get("response");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  Reply call(String action, String body) {
    return call(action, body, System.currentTimeMillis() / 1000, ID, PASSWORD);
  }

  Reply call(String action, String body, long timestamp, String id, String password) {
    return send(signed(action, body, timestamp, id, password).build());
  }

  /** The host:port value java.net.http puts in the Host header. */
  String host() {
    return endpoint.getHost() + ":" + endpoint.getPort();
  }

  HttpRequest.Builder signed(String action, String body, long timestamp, String id, String password) {
    TreeMap<String, String> signed = new TreeMap<>();
    signed.put("content-type", CONTENT_TYPE);
    signed.put("host", host());
    return unsigned(action, body)
        .header("X-ZC-Timestamp", Long.toString(timestamp))
        .header("Authorization", IndependentSigner.authorization(id, password, timestamp, signed, body));
  }

  HttpRequest.Builder unsigned(String action, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", CONTENT_TYPE)
            .header("X-ZC-Version", "2022-11-20")
            .header("X-ZC-Signature-Method", "ZC2-HMAC-SHA256")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (action != null) {
      b.header("X-ZC-Action", action);
    }
    return b;
  }

  static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String model() {
    try (java.io.InputStream in = TestClient.class.getResourceAsStream("test-model.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static MockServer start() {
    return MockServer.builder(model()).credentials(ID, PASSWORD).start();
  }
}
