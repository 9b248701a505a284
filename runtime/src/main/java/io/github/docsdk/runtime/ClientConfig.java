package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.Endpoints;
import io.github.docsdk.runtime.internal.http.Proxies;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Immutable configuration of a {@link ZenlayerHttpClient}. Generated clients fill in the service and API
 * version; users set credentials, endpoint, timeouts and retries.
 *
 * <p>Defaults: endpoint {@value #DEFAULT_ENDPOINT}, credentials from the
 * {@link CredentialsProviderChain#defaultChain() default chain}, connect timeout 10 s, call timeout 60 s
 * (the whole call, retries and backoff included), 3 attempts, backoff 100 ms doubling up to 20 s,
 * at most 50 exchanges (and so connections) in flight, responses up to 32 MiB, gzip accepted.
 */
public final class ClientConfig {
    /** The public Zenlayer Cloud API endpoint. */
    public static final String DEFAULT_ENDPOINT = "https://console.zenlayer.com";

    private final String service;
    private final String apiVersion;
    private final URI endpoint;
    private final CredentialsProvider credentialsProvider;
    private final Duration callTimeout;
    private final Duration connectTimeout;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final int maxConcurrency;
    private final long maxResponseBytes;
    private final boolean acceptGzip;
    private final List<ExecutionInterceptor> interceptors;
    private final String userAgent;
    private final URI proxy;

    private ClientConfig(Builder b) {
        this.service = requireText(b.service, "service");
        this.apiVersion = requireText(b.apiVersion, "apiVersion");
        this.endpoint = b.endpoint;
        Endpoints.validate(endpoint);
        this.credentialsProvider = b.credentialsProvider != null
                ? b.credentialsProvider : CredentialsProviderChain.defaultChain();
        this.callTimeout = positive(b.callTimeout, "callTimeout");
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1 (1 = no retries): " + b.maxAttempts);
        }
        this.maxAttempts = b.maxAttempts;
        this.backoffBase = nonNegative(b.backoffBase, "backoffBase");
        this.backoffMax = nonNegative(b.backoffMax, "backoffMax");
        if (b.maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be >= 1: " + b.maxConcurrency);
        }
        this.maxConcurrency = b.maxConcurrency;
        if (b.maxResponseBytes < 1 || b.maxResponseBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be in 1..2^31-9: " + b.maxResponseBytes);
        }
        this.maxResponseBytes = b.maxResponseBytes;
        this.acceptGzip = b.acceptGzip;
        this.interceptors = Collections.unmodifiableList(new ArrayList<>(b.interceptors));
        this.userAgent = b.userAgent;
        this.proxy = b.proxy;
        if (proxy != null) {
            Proxies.select(endpoint, proxy, name -> null); // refuses a malformed proxy now, not at the first call
        }
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the service name, e.g. {@code bmc} (path segment and X-ZC-Service) */
    public String service() {
        return service;
    }

    /** @return the API version sent as X-ZC-Version, e.g. {@code 2022-11-20} */
    public String apiVersion() {
        return apiVersion;
    }

    /** @return the endpoint base URI; calls go to {@code <endpoint>/api/v2/<service>} */
    public URI endpoint() {
        return endpoint;
    }

    /** @return where credentials come from at each attempt */
    public CredentialsProvider credentialsProvider() {
        return credentialsProvider;
    }

    /** @return the limit for a whole call, retries and backoff included */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the limit for opening one TCP/TLS connection */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return attempts per call, 1 meaning no retries */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff step before the first retry */
    public Duration backoffBase() {
        return backoffBase;
    }

    /** @return the largest computed backoff (a server's Retry-After may ask for more) */
    public Duration backoffMax() {
        return backoffMax;
    }

    /** @return the maximum exchanges, and so connections, in flight on one client */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** @return the largest response body accepted, in bytes, before and after decompression */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** @return whether {@code Accept-Encoding: gzip} is sent */
    public boolean acceptGzip() {
        return acceptGzip;
    }

    /** @return interceptors, called in this order */
    public List<ExecutionInterceptor> interceptors() {
        return interceptors;
    }

    /** @return the User-Agent suffix set by the user, or {@code null} */
    public String userAgent() {
        return userAgent;
    }

    /** @return the HTTP proxy set on the builder, or {@code null} (then HTTPS_PROXY/NO_PROXY apply) */
    public URI proxy() {
        return proxy;
    }

    /** @return attempts and backoff as one policy */
    public RetryPolicy retryPolicy() {
        return RetryPolicy.of(maxAttempts, backoffBase, backoffMax);
    }

    /** Lists settings; the credentials provider prints itself, which never reveals secrets. */
    @Override
    public String toString() {
        return "ClientConfig[service=" + service + ", apiVersion=" + apiVersion + ", endpoint=" + endpoint
                + ", credentials=" + credentialsProvider + ", callTimeout=" + callTimeout
                + ", connectTimeout=" + connectTimeout + ", maxAttempts=" + maxAttempts
                + ", maxConcurrency=" + maxConcurrency + ", maxResponseBytes=" + maxResponseBytes + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }

    private static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
        return d;
    }

    /** Mutable builder; {@link #build()} validates and freezes. */
    public static final class Builder {
        private String service;
        private String apiVersion;
        private URI endpoint = URI.create(DEFAULT_ENDPOINT);
        private CredentialsProvider credentialsProvider;
        private Duration callTimeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 3;
        private Duration backoffBase = Duration.ofMillis(100);
        private Duration backoffMax = Duration.ofSeconds(20);
        private int maxConcurrency = 50;
        private long maxResponseBytes = 32L * 1024 * 1024;
        private boolean acceptGzip = true;
        private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
        private String userAgent;
        private URI proxy;

        private Builder() {
        }

        private Builder(ClientConfig c) {
            service = c.service;
            apiVersion = c.apiVersion;
            endpoint = c.endpoint;
            credentialsProvider = c.credentialsProvider;
            callTimeout = c.callTimeout;
            connectTimeout = c.connectTimeout;
            maxAttempts = c.maxAttempts;
            backoffBase = c.backoffBase;
            backoffMax = c.backoffMax;
            maxConcurrency = c.maxConcurrency;
            maxResponseBytes = c.maxResponseBytes;
            acceptGzip = c.acceptGzip;
            interceptors.addAll(c.interceptors);
            userAgent = c.userAgent;
            proxy = c.proxy;
        }

        /**
         * @param service the service name, e.g. {@code bmc}
         * @return this
         */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /**
         * @param apiVersion the API version, e.g. {@code 2022-11-20}
         * @return this
         */
        public Builder apiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        /**
         * @param endpoint base URI, https (or http for loopback only)
         * @return this
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * @param provider where credentials come from
         * @return this
         */
        public Builder credentialsProvider(CredentialsProvider provider) {
            this.credentialsProvider = Objects.requireNonNull(provider, "credentialsProvider");
            return this;
        }

        /**
         * @param credentials fixed credentials
         * @return this
         */
        public Builder credentials(Credentials credentials) {
            return credentialsProvider(Objects.requireNonNull(credentials, "credentials"));
        }

        /**
         * @param timeout limit for a whole call including retries
         * @return this
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /**
         * @param timeout limit for opening a connection
         * @return this
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * @param maxAttempts attempts per call, 1 = no retries
         * @return this
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param base delay step before the first retry (doubles per attempt)
         * @param max upper bound of a computed delay
         * @return this
         */
        public Builder retryBackoff(Duration base, Duration max) {
            this.backoffBase = base;
            this.backoffMax = max;
            return this;
        }

        /**
         * @param maxConcurrency exchanges (and connections) in flight at most
         * @return this
         */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * @param maxResponseBytes largest response body accepted
         * @return this
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * @param acceptGzip whether to ask for gzip-compressed responses
         * @return this
         */
        public Builder acceptGzip(boolean acceptGzip) {
            this.acceptGzip = acceptGzip;
            return this;
        }

        /**
         * @param interceptor called around every attempt, after those added before
         * @return this
         */
        public Builder addInterceptor(ExecutionInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * @param userAgent appended to the runtime's User-Agent
         * @return this
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * @param userAgentSuffix appended to the runtime's User-Agent (same as {@link #userAgent})
         * @return this
         */
        public Builder userAgentSuffix(String userAgentSuffix) {
            return userAgent(userAgentSuffix);
        }

        /**
         * @param policy attempts and backoff
         * @return this
         */
        public Builder retryPolicy(RetryPolicy policy) {
            Objects.requireNonNull(policy, "retryPolicy");
            this.maxAttempts = policy.maxAttempts();
            this.backoffBase = policy.backoffBase();
            this.backoffMax = policy.backoffMax();
            return this;
        }

        /**
         * @param proxy an HTTP proxy, {@code http://host:port}, for every call (https calls tunnel through it
         *     with CONNECT); when not set, the {@code HTTPS_PROXY}/{@code NO_PROXY} environment applies
         * @return this
         */
        public Builder proxy(URI proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException for a missing service or API version, a refused endpoint
         *     (plain http to a non-loopback host) or an out-of-range value
         */
        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
