package io.github.docsdk.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The request pipeline: path and method, signature, action, script, body validation, reply. Each
 * step answers with the documented error envelope when the request fails it.
 */
final class MockHandler implements HttpHandler {

  private static final String JSON = "application/json; charset=utf-8";

  private final SpecModel model;
  private final ObjectMapper mapper;
  private final SignatureVerifier verifier;
  private final RequestValidator validator;
  private final DefaultReplies defaults;
  private final Stubs stubs;
  private final RequestLog log;
  private final Clock clock;
  private final String path;

  MockHandler(
      SpecModel model,
      ObjectMapper mapper,
      SignatureVerifier verifier,
      DefaultReplies defaults,
      Stubs stubs,
      RequestLog log,
      Clock clock) {
    this.model = model;
    this.mapper = mapper;
    this.verifier = verifier;
    this.validator = new RequestValidator(model);
    this.defaults = defaults;
    this.stubs = stubs;
    this.log = log;
    this.clock = clock;
    this.path = "/api/v2/" + model.service;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Outcome outcome = decide(exchange, readBody(exchange));
      log.add(outcome.record());
      if (!outcome.delay.isZero()) {
        try {
          Thread.sleep(outcome.delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return; // shutting down: the finally block drops the connection
        }
      }
      if (outcome.drop) {
        return;
      }
      outcome.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      send(exchange, outcome.status, outcome.body);
    } catch (RuntimeException e) {
      send(exchange, 500, errorBody(CommonErrors.INTERNAL_SERVER_ERROR, "mock failure: " + e));
    } finally {
      // Closing before headers were sent drops the connection, which is what DROP means.
      exchange.close();
    }
  }

  private Outcome decide(HttpExchange exchange, byte[] body) {
    String action = exchange.getRequestHeaders().getFirst("X-ZC-Action");
    Outcome outcome = new Outcome(exchange, action, body);
    String requestPath = exchange.getRequestURI().getPath();
    if (!requestPath.equals(path) && !requestPath.equals(path + "/")) {
      return outcome.error(new ErrorReply(404, "NOT_FOUND", "this mock serves POST " + path));
    }
    if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
      return outcome.error(new ErrorReply(405, "METHOD_NOT_ALLOWED", "Zenlayer Open API V2 accepts only POST"));
    }
    ErrorReply auth =
        verifier.verify(exchange.getRequestMethod(), exchange.getRequestHeaders()::getFirst, body);
    if (auth != null) {
      return outcome.error(auth);
    }
    if (action == null || action.isBlank()) {
      return outcome.error(
          CommonErrors.of(model, CommonErrors.UNAUTHORIZED_OPERATION, "the X-ZC-Action header is missing"));
    }
    SpecModel.Operation op = model.operations.get(action.trim());
    if (op == null) {
      return outcome.error(
          CommonErrors.of(
              model,
              CommonErrors.UNAUTHORIZED_OPERATION,
              "action " + action.trim() + " does not exist in " + model.service + " " + model.apiVersion));
    }
    JsonNode json = parse(body);
    MockReply script = stubs.next(op.wireName, outcome.record());
    if (script != null && script.kind != MockReply.Kind.DOCUMENTED) {
      return scripted(outcome, op, script);
    }
    if (json == null) {
      return outcome.error(
          CommonErrors.of(model, CommonErrors.INVALID_PARAMETER_TYPE, "the request body is not valid JSON"));
    }
    ErrorReply invalid = validator.validate(op, json);
    if (invalid != null) {
      return outcome.error(invalid);
    }
    outcome.success(defaults.reply(op, json));
    return script == null ? outcome : outcome.with(script);
  }

  private Outcome scripted(Outcome outcome, SpecModel.Operation op, MockReply script) {
    switch (script.kind) {
      case RESPONSE:
        outcome.success((ObjectNode) script.payload);
        break;
      case RAW:
        outcome.raw(script.status, script.rawBody.getBytes(StandardCharsets.UTF_8));
        break;
      case ERROR:
        SpecModel.ErrorDef def = model.error(op, script.code);
        int status =
            script.status != null
                ? script.status
                : def != null && def.httpStatus != null ? def.httpStatus : CommonErrors.status(model, script.code);
        String message =
            script.message != null ? script.message : def != null && !def.description.isEmpty() ? def.description : script.code;
        outcome.error(new ErrorReply(status, script.code, message));
        break;
      case DROP:
        outcome.drop();
        break;
      default:
        throw new IllegalStateException("unhandled reply kind " + script.kind);
    }
    return outcome.with(script);
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return mapper.createObjectNode(); // an empty body means "no parameters"
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", JSON);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static String freshRequestId() {
    return "T" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
  }

  private byte[] errorBody(String code, String message) {
    ObjectNode node = mapper.createObjectNode();
    node.put("requestId", freshRequestId());
    node.put("code", code);
    node.put("message", message);
    return bytes(node);
  }

  /** response.md: the payload repeats the envelope's requestId. */
  private byte[] successBody(ObjectNode payload) {
    String requestId = freshRequestId();
    ObjectNode envelope = mapper.createObjectNode();
    envelope.put("requestId", requestId);
    ObjectNode response = envelope.putObject("response");
    response.put("requestId", requestId);
    for (Map.Entry<String, JsonNode> f : payload.properties()) {
      if (!"requestId".equals(f.getKey())) {
        response.set(f.getKey(), f.getValue());
      }
    }
    return bytes(envelope);
  }

  private byte[] bytes(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /** What to answer, built step by step; also the record of the request. */
  private final class Outcome {
    private final HttpExchange exchange;
    private final String action;
    private final byte[] requestBody;
    int status;
    byte[] body = new byte[0];
    String errorCode;
    boolean drop;
    java.time.Duration delay = java.time.Duration.ZERO;
    Map<String, String> headers = Map.of();

    Outcome(HttpExchange exchange, String action, byte[] requestBody) {
      this.exchange = exchange;
      this.action = action;
      this.requestBody = requestBody;
    }

    Outcome error(ErrorReply e) {
      status = e.status;
      errorCode = e.code;
      body = errorBody(e.code, e.message);
      return this;
    }

    Outcome success(ObjectNode payload) {
      status = 200;
      errorCode = null;
      body = successBody(payload);
      return this;
    }

    Outcome raw(int rawStatus, byte[] rawBody) {
      status = rawStatus;
      errorCode = null;
      body = rawBody;
      return this;
    }

    Outcome drop() {
      status = 0;
      drop = true;
      return this;
    }

    Outcome with(MockReply script) {
      delay = script.delay;
      headers = script.headers;
      return this;
    }

    /** The request with what has been decided so far (status 0 while undecided). */
    RecordedRequest record() {
      return new RecordedRequest(
          action,
          exchange.getRequestMethod(),
          exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders(),
          requestBody,
          clock.instant(),
          status,
          errorCode);
    }
  }
}
