package io.github.docsdk.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server on 127.0.0.1 that checks each request's ZC2-HMAC-SHA256 signature with its
 * own, independent reading of sign.md, then answers with a canned status and body. It shares no
 * code with the runtime's signer, so a bug there cannot hide behind the same bug here.
 */
final class SigningTestServer implements AutoCloseable {

  /** What the server saw of one request. */
  record Received(String path, Map<String, String> headers, String body, String signatureProblem) {}

  private final HttpServer server;
  private final String accessKeyId;
  private final String accessKeyPassword;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body = "{}";
  private volatile long delayMillis;
  private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

  SigningTestServer(String accessKeyId, String accessKeyPassword) throws IOException {
    this.accessKeyId = accessKeyId;
    this.accessKeyPassword = accessKeyPassword;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    // several threads: a delayed answer must not hold up the next request
    server.setExecutor(threads);
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void reply(int newStatus, String newBody) {
    status = newStatus;
    body = newBody;
  }

  /** Waits this long before answering each request. */
  void delay(java.time.Duration delay) {
    delayMillis = delay.toMillis();
  }

  List<Received> received() {
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestBody;
    try (var in = exchange.getRequestBody()) {
      requestBody = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> headers = new TreeMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    String problem = verify(headers, requestBody);
    received.add(new Received(exchange.getRequestURI().getPath(), headers, requestBody, problem));
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    int answerStatus = problem == null ? status : 401;
    String answer =
        problem == null
            ? body
            : "{\"requestId\":\"T-SIG\",\"code\":\"AUTHFAILURE_SIGNATURE_FAILURE\",\"message\":\""
                + problem + "\"}";
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answerStatus, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Returns null when the signature is right, else what is wrong. */
  private String verify(Map<String, String> headers, String payload) {
    String authorization = headers.get("authorization");
    String timestamp = headers.get("x-zc-timestamp");
    if (authorization == null || timestamp == null) {
      return "missing Authorization or X-ZC-Timestamp";
    }
    String prefix = "ZC2-HMAC-SHA256 Credential=" + accessKeyId + ", SignedHeaders=";
    if (!authorization.startsWith(prefix)) {
      return "unexpected Authorization layout";
    }
    String rest = authorization.substring(prefix.length());
    int comma = rest.indexOf(", Signature=");
    if (comma < 0) {
      return "no Signature in Authorization";
    }
    String signedHeaders = rest.substring(0, comma);
    String signature = rest.substring(comma + ", Signature=".length());
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : signedHeaders.split(";")) {
      String value = headers.get(name);
      if (value == null) {
        return "signed header " + name + " was not sent";
      }
      canonicalHeaders.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
    }
    String canonicalRequest =
        "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + sha256Hex(payload);
    String stringToSign = "ZC2-HMAC-SHA256\n" + timestamp + "\n" + sha256Hex(canonicalRequest);
    String expected = hmacHex(accessKeyPassword, stringToSign);
    return expected.equals(signature) ? null : "signature mismatch";
  }

  private static String sha256Hex(String text) {
    try {
      return hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hmacHex(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
