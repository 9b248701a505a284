package io.github.docsdk.mock;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.docsdk.spec.ErrorCode;
import io.github.docsdk.spec.Operation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The request pipeline: path and method, signature, action, script, body validation, reply (kept
 * resources' state when the mock is stateful). Each
 * step answers with the documented error envelope when the request fails it.
 */
final class MockHandler implements MockTransport.Handler {

  private static final String JSON = "application/json; charset=utf-8";

  private final SpecModel model;
  private final ObjectMapper mapper;
  /** Request bodies only: the same key twice is refused, not silently resolved to the last value. */
  private final ObjectMapper requestMapper;
  private final SignatureVerifier verifier;
  private final RequestValidator validator;
  private final DefaultReplies defaults;
  private final Stubs stubs;
  /** The stateful mock's resources, or null when the mock answers without state. */
  private final ResourceStore resources;
  private final RequestLog log;
  private final Clock clock;
  private final String path;

  MockHandler(
      SpecModel model,
      ObjectMapper mapper,
      SignatureVerifier verifier,
      DefaultReplies defaults,
      Stubs stubs,
      ResourceStore resources,
      RequestLog log,
      Clock clock) {
    this.model = model;
    this.mapper = mapper;
    this.requestMapper = mapper.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.verifier = verifier;
    this.validator = new RequestValidator(model);
    this.defaults = defaults;
    this.stubs = stubs;
    this.resources = resources;
    this.log = log;
    this.clock = clock;
    this.path = "/api/v2/" + model.service;
  }

  /** Path, method and the signature's header checks: all a request can fail before its body arrives. */
  @Override
  public WireReply beforeBody(WireRequest head) {
    Outcome outcome = new Outcome(head, head.header("X-ZC-Action"), new byte[0]);
    ErrorReply early = checkRoute(head);
    if (early == null) {
      early = verifier.verifyHead(head::header);
    }
    if (early == null) {
      return null;
    }
    outcome.error(early);
    log.add(outcome.record());
    return outcome.reply();
  }

  @Override
  public WireReply handle(WireRequest request) {
    Outcome outcome;
    try {
      outcome = decide(request);
    } catch (RuntimeException e) {
      outcome = new Outcome(request, request.header("X-ZC-Action"), request.body)
          .error(new ErrorReply(500, CommonErrors.INTERNAL_SERVER_ERROR, "mock failure: " + e));
    }
    log.add(outcome.record());
    return outcome.reply();
  }

  @Override
  public WireReply refused(WireRequest head, WireException reason) {
    return new WireReply(reason.status, Map.of("Content-Type", JSON), errorBody(reason.code, reason.getMessage()),
        false, java.time.Duration.ZERO);
  }

  private ErrorReply checkRoute(WireRequest request) {
    String requestPath = request.path;
    if (!requestPath.equals(path) && !requestPath.equals(path + "/")) {
      return new ErrorReply(404, "NOT_FOUND", "this mock serves POST " + path);
    }
    if (!"POST".equalsIgnoreCase(request.method)) {
      return new ErrorReply(405, "METHOD_NOT_ALLOWED", "Zenlayer Open API V2 accepts only POST");
    }
    return null;
  }

  private Outcome decide(WireRequest request) {
    byte[] body = request.body;
    String action = request.header("X-ZC-Action");
    Outcome outcome = new Outcome(request, action, body);
    ErrorReply route = checkRoute(request);
    if (route != null) {
      return outcome.error(route);
    }
    ErrorReply auth = verifier.verify(request.method, request::header, body);
    if (auth != null) {
      return outcome.error(auth);
    }
    if (action == null || action.isBlank()) {
      return outcome.error(
          CommonErrors.of(model, CommonErrors.UNAUTHORIZED_OPERATION, "the X-ZC-Action header is missing"));
    }
    Operation op = model.operations.get(action.trim());
    if (op == null) {
      return outcome.error(
          CommonErrors.of(
              model,
              CommonErrors.UNAUTHORIZED_OPERATION,
              "action " + action.trim() + " does not exist in " + model.service + " " + model.apiVersion));
    }
    String unreadable = unreadable(body);
    JsonNode json = unreadable == null ? parse(body) : null;
    MockReply script = stubs.next(op.wireName(), outcome.record());
    if (script != null && script.kind != MockReply.Kind.DOCUMENTED) {
      return scripted(outcome, op, script);
    }
    if (json == null) {
      return outcome.error(CommonErrors.of(model, CommonErrors.INVALID_PARAMETER_TYPE,
          unreadable != null ? unreadable : "the request body is not valid JSON" + jsonProblem(body)));
    }
    ErrorReply invalid = validator.validate(op, json);
    if (invalid != null) {
      return outcome.error(invalid);
    }
    ResourceStore.Result kept = resources == null ? null : resources.handle(op, json);
    if (kept != null && kept.error != null) {
      outcome.error(kept.error);
    } else {
      outcome.success(kept != null ? kept.payload : Pages.page(op, json, defaults.reply(op, json)));
    }
    return script == null ? outcome : outcome.with(script);
  }

  private Outcome scripted(Outcome outcome, Operation op, MockReply script) {
    switch (script.kind) {
      case RESPONSE:
        outcome.success((ObjectNode) script.payload);
        break;
      case RAW:
        outcome.raw(script.status, script.rawBody.getBytes(StandardCharsets.UTF_8));
        break;
      case ERROR:
        ErrorCode def = model.error(op, script.code);
        int status =
            script.status != null
                ? script.status
                : def != null && def.httpStatus() != null ? def.httpStatus() : CommonErrors.status(model, script.code);
        String message =
            script.message != null ? script.message : def != null && !def.description().isEmpty() ? def.description() : script.code;
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
      return requestMapper.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** Strict UTF-8: overlong forms (an overlong NUL), surrogates and stray bytes are refused. */
  private static String unreadable(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return null;
    } catch (CharacterCodingException e) {
      return "the request body is not valid UTF-8";
    }
  }

  /** Why Jackson refused the body (a duplicate key, say), on one line and short. */
  private String jsonProblem(byte[] body) {
    try {
      requestMapper.readTree(body);
      return "";
    } catch (JsonProcessingException e) {
      String text = String.valueOf(e.getOriginalMessage());
      int nl = text.indexOf('\n');
      text = nl < 0 ? text : text.substring(0, nl);
      return ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
    } catch (IOException e) {
      return "";
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
    private final WireRequest request;
    private final String action;
    private final byte[] requestBody;
    int status;
    byte[] body = new byte[0];
    String errorCode;
    boolean drop;
    java.time.Duration delay = java.time.Duration.ZERO;
    Map<String, String> headers = Map.of();

    Outcome(WireRequest request, String action, byte[] requestBody) {
      this.request = request;
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

    WireReply reply() {
      Map<String, String> all = new java.util.LinkedHashMap<>(headers);
      all.put("Content-Type", JSON);
      return new WireReply(status, all, body, drop, delay);
    }

    /** The request with what has been decided so far (status 0 while undecided). */
    RecordedRequest record() {
      return new RecordedRequest(
          action,
          request.method,
          request.path,
          request.headers,
          requestBody,
          clock.instant(),
          status,
          errorCode);
    }
  }
}
