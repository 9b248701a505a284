package io.github.docsdk.runtime;

import io.github.docsdk.runtime.http.Endpoints;
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
 * signed with ZC2-HMAC-SHA256 (or a bearer token), retries what is safe to retry, and binds the
 * envelope's {@code response} member to the response type. Generated clients delegate to this class.
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
    private volatile boolean closed;

    /**
     * @param config the configuration
     */
    public ZenlayerHttpClient(ClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.uri = Endpoints.serviceUri(config.endpoint(), config.service());
        String threadPrefix = "docsdk-" + config.service() + "-" + CLIENT_IDS.incrementAndGet();
        this.httpExecutor = Executors.newCachedThreadPool(daemonThreads(threadPrefix + "-http-"));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpExecutor)
                .build();
        this.engine = new CallEngine(config, http, uri, threadPrefix);
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
     * Calls an action and waits for the result.
     *
     * @param action the action name, e.g. {@code DescribeImages} (sent as X-ZC-Action)
     * @param request the request model, serialised as the JSON body ({@code null} sends {@code {}})
     * @param responseType the class the envelope's {@code response} member binds to
     * @param <T> the response type
     * @return the bound response
     * @throws ZenlayerServiceException when the service answers with an error envelope
     * @throws ZenlayerClientException for anything else: no connection, timeout, interrupt (the thread's
     *     interrupt flag stays set), or a body that is not the expected JSON
     */
    public <T> T call(String action, Object request, Class<T> responseType) {
        ensureOpen();
        return engine.callSync(PreparedCall.prepare(config.service(), action, request, responseType));
    }

    /**
     * Calls an action without blocking.
     *
     * @param action the action name, e.g. {@code DescribeImages}
     * @param request the request model ({@code null} sends {@code {}})
     * @param responseType the class the envelope's {@code response} member binds to
     * @param <T> the response type
     * @return a future completed with the response, or exceptionally with a {@link ZenlayerException};
     *     cancelling it cancels the exchange in flight
     */
    public <T> CompletableFuture<T> callAsync(String action, Object request, Class<T> responseType) {
        try {
            ensureOpen();
            PreparedCall<T> call = PreparedCall.prepare(config.service(), action, request, responseType);
            return new AsyncCall<>(engine, call).start();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Refuses further calls; this client's threads end once the calls in flight are done. */
    @Override
    public void close() {
        closed = true;
        httpExecutor.shutdown();
        // The timer thread is left alone: calls still in flight need it, and it ends by itself when idle.
    }

    private void ensureOpen() {
        if (closed) {
            throw new ZenlayerClientException("this ZenlayerHttpClient is closed");
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
