package io.github.docsdk.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.spec.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A local Zenlayer API built from a docsdk model JSON: serves every action of the model at
 * {@code POST /api/v2/<service>} on 127.0.0.1, dispatching on {@code X-ZC-Action}. It checks
 * ZC2-HMAC-SHA256 signatures against the configured credentials (none configured: every request
 * is accepted unsigned), validates bodies against the request members, and answers with the docs'
 * example or a synthesised reply unless a script says otherwise. Thread-safe.
 *
 * <p>Hostile clients are bounded: a request head is limited in bytes and headers (431), a declared
 * body beyond {@link Builder#maxBodyBytes} gets 413 before any of it is read, an unsigned or
 * wrongly signed head is refused before the body is read, a request must arrive within the read
 * timeout (408) and idle connections close after the idle timeout, open connections are capped (503
 * beyond), and the request log is bounded in bytes as well as in count. Slow clients hold only a
 * connection reader, never one of the workers that answer complete requests.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder(Path.of("bmc-2022-11-20.json"))
 *     .credentials("myId", "myPassword").start()) {
 *   URI base = mock.baseUri();              // http://127.0.0.1:<port>
 *   mock.stub("DescribeImages", MockReply.error("INVALID_ZONE"));
 *   ...
 *   mock.requests("DescribeImages");         // what the client sent
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {

  private final SpecModel model;
  private final MockTransport server;
  private final ThreadPoolExecutor executor;
  private final Stubs stubs = new Stubs();
  private final RequestLog log;
  private final DefaultReplies defaults;
  private final ResourceStore resources;

  private MockServer(Builder b) throws IOException {
    this.model = b.model;
    this.log = new RequestLog(b.recordLimit, b.recordBytes);
    ObjectMapper mapper = new ObjectMapper();
    SignatureVerifier verifier = new SignatureVerifier(model, b.secrets, b.bearerTokens, b.clock);
    this.defaults = new DefaultReplies(model, mapper);
    this.resources = b.stateful ? new ResourceStore(model, defaults, b.clock, b.transition, b.maxResources) : null;
    MockHandler handler = new MockHandler(model, mapper, verifier, defaults, stubs, resources, log, b.clock);
    this.executor =
        new ThreadPoolExecutor(
            b.threads,
            b.threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(b.queueCapacity),
            MockTransport.daemon("docsdk-mock-"),
            // Beyond the queue, the connection's reader answers itself: slower, never lost.
            new ThreadPoolExecutor.CallerRunsPolicy());
    WireLimits limits = new WireLimits(b.maxHeadBytes, b.maxHeaders, b.maxBodyBytes, b.readTimeout,
        b.idleTimeout, b.maxConnections);
    this.server = new MockTransport(b.port, handler, limits, executor);
  }

  /** Starts building a server for a model given as JSON text. */
  public static Builder builder(String modelJson) {
    Objects.requireNonNull(modelJson, "modelJson");
    try {
      return builder(new ObjectMapper().readTree(modelJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("model is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Starts building a server for a model given as a JSON tree. */
  public static Builder builder(JsonNode model) {
    return new Builder(SpecModel.of(model));
  }

  /** Starts building a server for a model JSON file. */
  public static Builder builder(Path modelFile) {
    try {
      return builder(Files.readString(modelFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + modelFile, e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash: what SDK clients take as endpoint. */
  public URI baseUri() {
    return URI.create("http://" + server.address().getHostAddress() + ":" + port());
  }

  /** {@code <baseUri>/api/v2/<service>}: where requests go. */
  public URI endpoint() {
    return URI.create(baseUri() + "/api/v2/" + model.service);
  }

  public int port() {
    return server.port();
  }

  public String service() {
    return model.service;
  }

  public String apiVersion() {
    return model.apiVersion;
  }

  /** The wire names of every served action, in model order. */
  public Set<String> actions() {
    return model.operations.keySet();
  }

  /**
   * Whether an action's unscripted reply is a docs example (true) or synthesised from the response
   * members because the docs give no usable one (false).
   *
   * @throws IllegalArgumentException for an action not in the model
   */
  public boolean answersWithDocumentedExample(String action) {
    return defaults.hasExample(wireName(action));
  }

  /** Answers every request for an action with this reply (until reset or a newer stub). */
  public MockServer stub(String action, MockReply reply) {
    String wire = wireName(action);
    stubs.replace(wire, check(wire, reply));
    return this;
  }

  /**
   * Answers requests for an action that match a condition with this reply. The newest matching
   * stub wins. While matching, {@link RecordedRequest#status()} is 0.
   */
  public MockServer stub(String action, Predicate<RecordedRequest> when, MockReply reply) {
    Objects.requireNonNull(when, "when");
    String wire = wireName(action);
    stubs.add(wire, when, check(wire, reply));
    return this;
  }

  /** Answers the next requests for an action with these replies, one each, in order. */
  public MockServer enqueue(String action, MockReply... replies) {
    String wire = wireName(action);
    for (MockReply r : replies) {
      check(wire, r);
    }
    for (MockReply r : replies) {
      stubs.enqueue(wire, r);
    }
    return this;
  }

  /** Every request received (newest last, up to the record limit). */
  public List<RecordedRequest> requests() {
    return log.snapshot();
  }

  /** The requests received for an action (by wire name or documented name). */
  public List<RecordedRequest> requests(String action) {
    Set<String> names = new LinkedHashSet<>();
    names.add(action);
    Operation op = find(action);
    if (op != null) {
      names.add(op.wireName());
    }
    return log.snapshot().stream().filter(r -> names.contains(r.action())).collect(Collectors.toList());
  }

  public void clearRequests() {
    log.clear();
  }

  public void resetStubs() {
    stubs.clear();
  }

  /** Forgets the resources a stateful mock keeps (ids are never handed out twice); nothing when not stateful. */
  public void resetResources() {
    if (resources != null) {
      resources.clear();
    }
  }

  /** Whether the mock keeps resources ({@link Builder#stateful(boolean)}). */
  public boolean stateful() {
    return resources != null;
  }

  /** The names of the resources a stateful mock keeps (the model's declarations); empty when not stateful. */
  public List<String> resourceNames() {
    return resources == null ? List.of()
        : model.spec.resources().stream().map(io.github.docsdk.spec.Resource::name).collect(Collectors.toList());
  }

  /** Forgets scripts, recorded requests and kept resources; what a test framework calls between tests. */
  public void reset() {
    resetStubs();
    clearRequests();
    resetResources();
  }

  /** Stops at once: open exchanges are cut, waiting scripted delays are interrupted. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "MockServer[" + model.service + " " + model.apiVersion + " at " + endpoint() + "]";
  }

  private String wireName(String action) {
    Operation op = find(Objects.requireNonNull(action, "action"));
    if (op == null) {
      throw new IllegalArgumentException(
          "action " + action + " is not in the model of " + model.service + "; known: " + actions());
    }
    return op.wireName();
  }

  private Operation find(String action) {
    Operation op = model.operations.get(action);
    if (op != null) {
      return op;
    }
    return model.operations.values().stream().filter(o -> o.name().equals(action)).findFirst().orElse(null);
  }

  private MockReply check(String wire, MockReply reply) {
    Objects.requireNonNull(reply, "reply");
    if (reply.kind == MockReply.Kind.ERROR
        && reply.status == null
        && model.error(model.operations.get(wire), reply.code) == null
        && !CommonErrors.isBuiltIn(reply.code)) {
      throw new IllegalArgumentException(
          "error code " + reply.code + " is documented neither for " + wire
              + " nor as a common code; give its status with MockReply.error(status, code, message)");
    }
    return reply;
  }

  /** Configures and starts a {@link MockServer}. */
  public static final class Builder {
    private final SpecModel model;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Set<String> bearerTokens = new LinkedHashSet<>();
    private int port;
    private int threads = 16;
    private int queueCapacity = 4096;
    private int recordLimit = 10_000;
    private long recordBytes = 64L * 1024 * 1024;
    private int maxHeadBytes = 16 * 1024;
    private int maxHeaders = 100;
    private long maxBodyBytes = 8L * 1024 * 1024;
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private int maxConnections = 512;
    private Clock clock = Clock.systemUTC();
    private boolean stateful;
    private Duration transition = Duration.ofSeconds(1);
    private int maxResources = 10_000;

    private Builder(SpecModel model) {
      this.model = model;
    }

    /** Accepts requests signed with this key pair (repeatable for several pairs). */
    public Builder credentials(String accessKeyId, String accessKeyPassword) {
      secrets.put(Objects.requireNonNull(accessKeyId, "accessKeyId"),
          Objects.requireNonNull(accessKeyPassword, "accessKeyPassword"));
      return this;
    }

    /** Accepts {@code Authorization: Bearer <token>} with this token. */
    public Builder bearerToken(String token) {
      bearerTokens.add(Objects.requireNonNull(token, "token"));
      return this;
    }

    /** The port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Worker threads (default 16) answering complete requests; scripted delays hold one each while they
     * wait. Reading requests off the wire does not use them.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Requests waiting for a worker before the acceptor answers them itself (default 4096). */
    public Builder queueCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("queue capacity must be at least 1");
      }
      this.queueCapacity = capacity;
      return this;
    }

    /** How many recent requests {@link #requests()} keeps (default 10,000; 0 keeps none). */
    public Builder recordLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("record limit must not be negative");
      }
      this.recordLimit = limit;
      return this;
    }

    /** How many bytes of recent requests {@link #requests()} keeps (default 64 MiB), oldest dropped first. */
    public Builder recordBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("record bytes must not be negative");
      }
      this.recordBytes = bytes;
      return this;
    }

    /** The largest request body accepted (default 8 MiB); a larger declared length gets 413 unread. */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 0 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("max body bytes must be in 0..2^31-9");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Limits of a request head: bytes of request line and headers (default 16 KiB), header count (100). */
    public Builder maxHead(int bytes, int headers) {
      if (bytes < 64 || headers < 1) {
        throw new IllegalArgumentException("a head needs at least 64 bytes and 1 header");
      }
      this.maxHeadBytes = bytes;
      this.maxHeaders = headers;
      return this;
    }

    /** How long a request (head and body) may take to arrive once it starts (default 10 s); then 408. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "read timeout");
      return this;
    }

    /** How long an idle keep-alive connection stays open (default 30 s). */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idle timeout");
      return this;
    }

    /** Connections open at once (default 512); beyond, a new client gets 503 at once. */
    public Builder maxConnections(int connections) {
      if (connections < 1) {
        throw new IllegalArgumentException("max connections must be at least 1");
      }
      this.maxConnections = connections;
      return this;
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException(what + " must be positive and at most a day: " + d);
      }
      return d;
    }

    /**
     * Keeps resources as the model's {@code resources} declarations say (default false: every
     * reply is the docs' example or a script). A create action then returns fresh ids, the list
     * action shows the created resources, statuses settle by themselves and change actions move
     * them, refusing with the documented errors what the current state does not allow. Scripts
     * ({@link MockServer#stub}) still win over kept state.
     *
     * @throws IllegalArgumentException when the model declares no resources
     */
    public Builder stateful(boolean stateful) {
      if (stateful && model.spec.resources().isEmpty()) {
        throw new IllegalArgumentException("the model of " + model.service + " declares no resources; give an"
            + " overrides file with a \"resources\" section (e.g. corrections/zenlayer-bmc-2022-11-20.json)");
      }
      this.stateful = stateful;
      return this;
    }

    /** How long a stateful mock takes to move a resource through transitional states (default 1 s; zero: at once). */
    public Builder transition(Duration transition) {
      Objects.requireNonNull(transition, "transition");
      if (transition.isNegative() || transition.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("transition must be between 0 and an hour: " + transition);
      }
      this.transition = transition;
      return this;
    }

    /**
     * How many resources a stateful mock keeps at once (default 10,000); a create beyond gets its
     * declared {@code fullError}, else {@code INVALID_PARAMETER_EXCEED_MAXIMUM}.
     */
    public Builder maxResources(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("max resources must be at least 1");
      }
      this.maxResources = max;
      return this;
    }

    /** The server's clock, against which {@code X-ZC-Timestamp} is checked and stateful transitions are timed. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Binds and starts the server. */
    public MockServer start() {
      try {
        return new MockServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the mock server on port " + port, e);
      }
    }
  }
}
