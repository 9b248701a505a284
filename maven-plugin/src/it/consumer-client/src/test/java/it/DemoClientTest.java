package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.demo.DemoClient;
import com.example.demo.model.DeleteWidgetRequest;
import com.example.demo.model.DescribeWidgetsRequest;
import com.example.demo.model.DescribeWidgetsResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.docsdk.runtime.Credentials;
import io.github.docsdk.runtime.ZenlayerServiceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the client generated from src/main/docs/demo against a server on 127.0.0.1. */
class DemoClientTest {

  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String action = exchange.getRequestHeaders().getFirst("X-ZC-Action");
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + action
        + " signed=" + auth.startsWith("ZC2-HMAC-SHA256") + " credential=" + auth.contains("Credential=key-1")
        + " body=" + body.replaceAll("\\s", ""));
    int status;
    String reply;
    if ("DescribeWidgets".equals(action)) {
      status = 200;
      reply = "{\"requestId\":\"R1\",\"response\":{\"requestId\":\"R1\",\"widgets\":["
          + "{\"widgetId\":\"w-1\",\"widgetName\":\"first\",\"color\":\"red\"}]}}";
    } else {
      status = 404;
      reply = "{\"requestId\":\"R2\",\"code\":\"INVALID_WIDGET_NOT_FOUND\",\"message\":\"no such widget\"}";
    }
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private DemoClient client() {
    return DemoClient.builder()
        .credentials(Credentials.of("key-1", "secret-1"))
        .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .maxAttempts(1)
        .build();
  }

  @Test
  void describeWidgetsIsSignedPostedAndBound() {
    try (DemoClient client = client()) {
      DescribeWidgetsResponse response =
          client.describeWidgets(DescribeWidgetsRequest.builder().color("red").build());

      assertEquals("w-1", response.widgets().get(0).widgetId());
      assertEquals("first", response.widgets().get(0).widgetName());
    }
    assertEquals(1, seen.size());
    String request = seen.get(0);
    assertTrue(request.startsWith("POST /api/v2/demo DescribeWidgets signed=true credential=true"), request);
    assertTrue(request.contains("\"color\":\"red\""), request);
  }

  @Test
  void anErrorBodyBecomesAServiceException() {
    try (DemoClient client = client()) {
      ZenlayerServiceException e = assertThrows(ZenlayerServiceException.class,
          () -> client.deleteWidget(DeleteWidgetRequest.builder().widgetId("w-9").build()));

      assertEquals(404, e.httpStatus());
      assertEquals("INVALID_WIDGET_NOT_FOUND", e.code());
      assertEquals("R2", e.requestId());
    }
  }
}
