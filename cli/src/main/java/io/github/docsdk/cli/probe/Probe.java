package io.github.docsdk.cli.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.docsdk.diagnostics.DiagnosticCode;
import io.github.docsdk.runtime.ClientConfig;
import io.github.docsdk.runtime.CredentialsProvider;
import io.github.docsdk.runtime.ZenlayerClientException;
import io.github.docsdk.runtime.ZenlayerHttpClient;
import io.github.docsdk.runtime.ZenlayerServiceException;
import io.github.docsdk.runtime.ZenlayerTimeoutException;
import io.github.docsdk.spec.Example;
import io.github.docsdk.spec.Member;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.Service;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Calls the read-only actions of a model against an endpoint and compares each reply with the
 * model. Only actions whose {@code readOnly} trait is set are called (never one that changes or
 * buys anything), with an empty body when they need no input, else with the first request
 * example that gives every required member; one attempt each, within a call budget and a
 * deadline.
 */
public final class Probe {

  /** The service's answer to an action it does not know (the common error codes page). */
  static final String UNKNOWN_ACTION_CODE = "AUTHFAILURE_UNAUTHORIZED_OPERATION";
  /** No single call waits longer than this, whatever the time budget. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What was asked for: where, at most how many calls, within how long. */
  public record Settings(URI endpoint, int maxCalls, Duration maxTime) {
    public Settings {
      Objects.requireNonNull(endpoint, "endpoint");
      if (maxCalls < 1 || maxTime.isNegative() || maxTime.isZero()) {
        throw new IllegalArgumentException("at least one call and a positive time are needed");
      }
    }
  }

  /** What the run found (in model order) and how many calls it made. */
  public record Result(List<Finding> findings, int calls) {}

  /** No answer at all came back (connection refused, timeout): an I/O problem, not drift. */
  public static final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Service service;
  private final Settings settings;
  private final CredentialsProvider credentials;
  private final LongSupplier nanos;

  public Probe(Service service, Settings settings, CredentialsProvider credentials) {
    this(service, settings, credentials, System::nanoTime);
  }

  Probe(Service service, Settings settings, CredentialsProvider credentials, LongSupplier nanos) {
    this.service = service;
    this.settings = settings;
    this.credentials = credentials;
    this.nanos = nanos;
  }

  /** Scheme, host, port and path only: user info and query strings may hold secrets. */
  public static String shown(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  /**
   * @throws Unreachable when a call gets no answer at all
   * @throws IllegalArgumentException when the runtime refuses the endpoint (plain http to a remote host)
   */
  public Result run() throws Unreachable {
    List<Finding> findings = new ArrayList<>();
    ReplyComparer comparer = new ReplyComparer(service, shown(settings.endpoint()));
    long deadline = nanos.getAsLong() + settings.maxTime().toNanos();
    int calls = 0;
    String spent = null;
    for (Operation op : service.operations()) {
      if (!op.readOnly()) {
        continue;
      }
      String body = body(op);
      long left = deadline - nanos.getAsLong();
      if (spent == null && calls >= settings.maxCalls()) {
        spent = "the call budget (--max-calls " + settings.maxCalls() + ") was spent";
      } else if (spent == null && left <= 0) {
        spent = "the time budget (--max-seconds " + settings.maxTime().toSeconds() + ") was spent";
      }
      if (body == null || spent != null) {
        findings.add(new Finding(DiagnosticCode.PROBE_NOT_CALLED.at(op.location(), op.name() + " was not called: "
            + (body == null ? "it needs " + required(op) + " and no request example gives " + (required(op).contains(",")
                ? "them all" : "it") : spent), "not compared"), null));
        continue;
      }
      calls++;
      call(op, body, Duration.ofNanos(Math.min(left, CALL_TIMEOUT.toNanos())), comparer, findings);
    }
    return new Result(findings, calls);
  }

  private void call(Operation op, String body, Duration timeout, ReplyComparer comparer, List<Finding> findings)
      throws Unreachable {
    ClientConfig config = ClientConfig.builder().service(service.name()).apiVersion(service.apiVersion())
        .endpoint(settings.endpoint()).credentialsProvider(credentials).maxAttempts(1).callTimeout(timeout).build();
    try (ZenlayerHttpClient client = new ZenlayerHttpClient(config)) {
      String reply = client.invoke(op.wireName(), body);
      JsonNode response = JSON.readTree(reply);
      if (response.isObject()) {
        comparer.compare(op, response, findings);
      } else {
        findings.add(new Finding(DiagnosticCode.PROBE_NOT_ENVELOPE.at(op.location(), op.wireName()
            + ": the reply's response member is " + response.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", not an object", "not compared"), null));
      }
    } catch (ZenlayerServiceException e) {
      if (UNKNOWN_ACTION_CODE.equals(e.code())) {
        findings.add(new Finding(DiagnosticCode.PROBE_UNKNOWN_ACTION.at(op.location(), "the service does not know "
            + op.wireName() + " (HTTP " + e.httpStatus() + ", " + e.code() + ", requestId " + e.requestId() + ")",
            "its wire name differs: set wireName in the overrides"), null));
      } else {
        findings.add(new Finding(DiagnosticCode.PROBE_SERVICE_ERROR.at(op.location(), op.wireName()
            + " answered HTTP " + e.httpStatus() + " " + e.code() + " (requestId " + e.requestId() + ")",
            "not compared"), null));
      }
    } catch (ZenlayerTimeoutException e) {
      if (timeout.compareTo(CALL_TIMEOUT) >= 0) {
        throw new Unreachable(e.getMessage(), e);
      }
      findings.add(new Finding(DiagnosticCode.PROBE_NOT_CALLED.at(op.location(), op.wireName()
          + " got no reply within what was left of the time budget (--max-seconds "
          + settings.maxTime().toSeconds() + ")", "not compared"), null));
    } catch (ZenlayerClientException e) {
      if (e.httpStatus() == 0) {
        throw new Unreachable(e.getMessage(), e);
      }
      findings.add(new Finding(DiagnosticCode.PROBE_NOT_ENVELOPE.at(op.location(), e.getMessage(), "not compared"),
          null));
    } catch (JsonProcessingException e) {
      // invoke returns the response member as JSON text; this cannot happen unless the runtime breaks
      throw new IllegalStateException("the runtime returned text that is not JSON", e);
    }
  }

  private static String required(Operation op) {
    return op.request().stream().filter(Member::required).map(Member::name).collect(Collectors.joining(", "));
  }

  /** {@code {}} when nothing is required, else the first example request giving every required member. */
  static String body(Operation op) {
    List<String> required = op.request().stream().filter(Member::required).map(Member::name)
        .collect(Collectors.toList());
    if (required.isEmpty()) {
      return "{}";
    }
    for (Example e : op.examples()) {
      if (e.request().isBlank()) {
        continue;
      }
      try {
        JsonNode request = JSON.readTree(e.request());
        if (request != null && request.isObject() && required.stream().allMatch(request::hasNonNull)) {
          return JSON.writeValueAsString(request);
        }
      } catch (JsonProcessingException notJson) {
        // an example that is not JSON gives no input
      }
    }
    return null;
  }
}
