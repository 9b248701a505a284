package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.Endpoints;
import io.github.docsdk.runtime.internal.PlainJson;
import io.github.docsdk.runtime.internal.http.Proxies;
import io.github.docsdk.runtime.json.JsonReader;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends Zenlayer Cloud API v2 calls: posts the request as JSON to {@code <endpoint>/api/v2/<service>},
 * signed with ZC2-HMAC-SHA256 (or a bearer token), retries what is safe to retry, and reads the
 * envelope's {@code response} member with the response type's reader. Generated clients delegate to this class.
 *
 * <p>Thread-safe and meant to be shared: each instance owns one {@link HttpClient} (HTTP/1.1 keep-alive
 * connection pool, this client's connect timeout) and never uses a JVM-global one. Close it to release
 * its threads.
 */
public final class ZenlayerHttpClient implements AutoCloseable {
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private final ClientConfig config;
    private final URI uri;
    private final ExecutorService httpExecutor;
    private final CallEngine engine;
    /** Calls started and not yet finished; the executor stops when this drops to 0 after close. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param config the configuration
     */
    public ZenlayerHttpClient(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.uri = Endpoints.serviceUri(config.endpoint(), config.service());
        String threadPrefix = "docsdk-" + config.service() + "-" + CLIENT_IDS.incrementAndGet();
        this.httpExecutor = Executors.newCachedThreadPool(daemonThreads(threadPrefix + "-http-"));
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpExecutor);
        Proxies.select(config.endpoint(), config.proxy(), System::getenv)
                .ifPresent(address -> http.proxy(ProxySelector.of(address)));
        this.engine = new CallEngine(config, http.build(), uri, threadPrefix);
    }

    /** @return the configuration */
    public ClientConfig config() {
        return config;
    }

    /** @return the URI every call is posted to, {@code <endpoint>/api/v2/<service>} */
    public URI serviceUri() {
        return uri;
    }

    /**
     * Calls an action that is not read-only and waits for the result; see {@link #call(String, boolean,
     * Object, JsonReader)}.
     */
    public <T> T call(String action, Object request, JsonReader<T> responseReader) {
        return call(action, false, request, responseReader);
    }

    /**
     * Calls an action and waits for the result.
     *
     * @param action the action name, e.g. {@code DescribeImages} (sent as X-ZC-Action)
     * @param readOnly whether the action only reads (the model's {@code readOnly} trait): only such calls
     *     are sent again after a server error or a connection lost mid-request
     * @param request the request model, serialised as the JSON body ({@code null} sends {@code {}})
     * @param responseReader reads the envelope's {@code response} member (the response model's {@code fromJson})
     * @param <T> the response type
     * @return the response
     * @throws ZenlayerServiceException when the service answers with an error envelope
     * @throws ZenlayerClientException for anything else: no connection, timeout, interrupt (the thread's
     *     interrupt flag stays set), or a body that is not the expected JSON
     */
    public <T> T call(String action, boolean readOnly, Object request, JsonReader<T> responseReader) {
        return call(action, readOnly, request, null, responseReader);
    }

    /**
     * Calls an action with settings of its own, which win over the client's for this call only.
     *
     * @param action the action name (sent as X-ZC-Action)
     * @param readOnly whether the action only reads (the model's {@code readOnly} trait)
     * @param request the request model ({@code null} sends {@code {}})
     * @param overrides this call's timeout, attempts, headers and credentials, or {@code null} for none
     * @param responseReader reads the envelope's {@code response} member (the response model's {@code fromJson})
     * @param <T> the response type
     * @return the response
     * @throws ZenlayerServiceException when the service answers with an error envelope
     * @throws ZenlayerClientException for anything else
     */
    public <T> T call(String action, boolean readOnly, Object request, RequestOverrides overrides,
            JsonReader<T> responseReader) {
        enter();
        try {
            return engine.callSync(PreparedCall.prepare(config, action, readOnly, request, overrides, responseReader));
        } finally {
            exit();
        }
    }

    /**
     * Calls an action that is not read-only without blocking; see {@link #callAsync(String, boolean,
     * Object, JsonReader)}.
     */
    public <T> CompletableFuture<T> callAsync(String action, Object request, JsonReader<T> responseReader) {
        return callAsync(action, false, request, responseReader);
    }

    /**
     * Calls an action without blocking.
     *
     * @param action the action name, e.g. {@code DescribeImages}
     * @param readOnly whether the action only reads (the model's {@code readOnly} trait), as for {@link
     *     #call(String, boolean, Object, JsonReader)}
     * @param request the request model ({@code null} sends {@code {}})
     * @param responseReader reads the envelope's {@code response} member (the response model's {@code fromJson})
     * @param <T> the response type
     * @return a future completed with the response, or exceptionally with a {@link ZenlayerException};
     *     cancelling it cancels the exchange in flight
     */
    public <T> CompletableFuture<T> callAsync(
            String action, boolean readOnly, Object request, JsonReader<T> responseReader) {
        return callAsync(action, readOnly, request, null, responseReader);
    }

    /**
     * {@link #call(String, boolean, Object, RequestOverrides, JsonReader)} without blocking.
     *
     * @param action the action name
     * @param readOnly whether the action only reads (the model's {@code readOnly} trait)
     * @param request the request model ({@code null} sends {@code {}})
     * @param overrides this call's settings, or {@code null} for none
     * @param responseReader reads the envelope's {@code response} member (the response model's {@code fromJson})
     * @param <T> the response type
     * @return a future completed with the response, or exceptionally with a {@link ZenlayerException}
     */
    public <T> CompletableFuture<T> callAsync(String action, boolean readOnly, Object request,
            RequestOverrides overrides, JsonReader<T> responseReader) {
        try {
            enter();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> result;
        try {
            PreparedCall<T> call = PreparedCall.prepare(config, action, readOnly, request, overrides, responseReader);
            result = new AsyncCall<>(engine, call).start();
        } catch (RuntimeException e) {
            exit();
            return CompletableFuture.failedFuture(e);
        }
        result.whenComplete((value, failure) -> exit());
        return result;
    }

    /**
     * Calls an action by name with a JSON body, for what the docs miss: signed, retried, limited and
     * mapped to exceptions exactly like {@link #call}. The action is taken as not read-only (the model
     * may not know it), so it is never sent again after a server error.
     *
     * @param action the action's wire name
     * @param jsonBody the request as a JSON object (sent compact); null or blank sends {@code {}}
     * @return the envelope's {@code response} member as compact JSON text
     * @throws IllegalArgumentException for a malformed action name or a body that is not a JSON object
     * @throws ZenlayerServiceException when the service answers with an error envelope
     * @throws ZenlayerClientException for anything else
     */
    public String invoke(String action, String jsonBody) {
        return RawJson.text(call(action, false, RawJson.body(jsonBody), null, PlainJson::read));
    }

    /**
     * {@link #invoke} without blocking.
     *
     * @param action the action's wire name
     * @param jsonBody the request as a JSON object; null or blank sends {@code {}}
     * @return a future of the {@code response} member as compact JSON text, failed like {@link #callAsync}'s
     *     (with {@link IllegalArgumentException} for a body that is not a JSON object)
     */
    public CompletableFuture<String> invokeAsync(String action, String jsonBody) {
        Object body;
        try {
            body = RawJson.body(jsonBody);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Object> call = callAsync(action, false, body, null, PlainJson::read);
        CompletableFuture<String> result = call.thenApply(RawJson::text);
        // cancelling what the caller holds cancels the exchange, as for callAsync
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                call.cancel(true);
            }
        });
        return result;
    }

    /**
     * Refuses further calls; calls in flight finish normally, then this client's threads stop. (The timer
     * thread, if any, ends by itself when idle.)
     */
    @Override
    public void close() {
        closed = true;
        if (inFlight.get() == 0) {
            httpExecutor.shutdown();
        }
    }

    /** Counts the call in before checking {@code closed}, so close() and a new call cannot both miss. */
    private void enter() {
        inFlight.incrementAndGet();
        if (closed) {
            exit();
            throw new ZenlayerClientException("this ZenlayerHttpClient is closed");
        }
    }

    private void exit() {
        if (inFlight.decrementAndGet() == 0 && closed) {
            httpExecutor.shutdown();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "ZenlayerHttpClient[" + uri + "]";
    }
}
