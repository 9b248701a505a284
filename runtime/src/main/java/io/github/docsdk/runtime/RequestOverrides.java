package io.github.docsdk.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings for one call that win over the client's: a request builder takes them with
 * {@code overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(2)).maxAttempts(1))}. Immutable;
 * what is not set falls back to the client's configuration.
 */
public final class RequestOverrides {
    /** Headers the runtime writes itself (signature, protocol); an override may not replace them. */
    private static final Set<String> RESERVED = Set.of("authorization", "content-type", "content-length", "host",
            "connection", "expect", "upgrade", "user-agent", "accept", "accept-encoding");
    private static final RequestOverrides NONE = new Builder().build();

    private final Duration apiCallTimeout;
    private final Integer maxAttempts;
    private final Map<String, String> headers;
    private final CredentialsProvider credentialsProvider;

    private RequestOverrides(Builder b) {
        this.apiCallTimeout = b.apiCallTimeout;
        this.maxAttempts = b.maxAttempts;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.credentialsProvider = b.credentialsProvider;
    }

    /** @return overrides that change nothing */
    public static RequestOverrides none() {
        return NONE;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these overrides */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiCallTimeout = apiCallTimeout;
        b.maxAttempts = maxAttempts;
        b.headers.putAll(headers);
        b.credentialsProvider = credentialsProvider;
        return b;
    }

    /** @return the limit for this whole call (retries included), or null for the client's */
    public Duration apiCallTimeout() {
        return apiCallTimeout;
    }

    /** @return attempts for this call, or null for the client's */
    public Integer maxAttempts() {
        return maxAttempts;
    }

    /** @return extra headers sent with every attempt of this call, in the order added */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return where this call's credentials come from, or null for the client's */
    public CredentialsProvider credentialsProvider() {
        return credentialsProvider;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RequestOverrides)) {
            return false;
        }
        RequestOverrides other = (RequestOverrides) o;
        return Objects.equals(apiCallTimeout, other.apiCallTimeout) && Objects.equals(maxAttempts, other.maxAttempts)
                && headers.equals(other.headers) && Objects.equals(credentialsProvider, other.credentialsProvider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiCallTimeout, maxAttempts, headers, credentialsProvider);
    }

    /** Header values are not shown: they may carry tokens. */
    @Override
    public String toString() {
        return "RequestOverrides[apiCallTimeout=" + apiCallTimeout + ", maxAttempts=" + maxAttempts
                + ", headers=" + headers.keySet() + ", credentialsProvider=" + credentialsProvider + "]";
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private Duration apiCallTimeout;
        private Integer maxAttempts;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private CredentialsProvider credentialsProvider;

        private Builder() {
        }

        /**
         * @param timeout the limit for this whole call, retries and backoff included (positive)
         * @return this
         */
        public Builder apiCallTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "apiCallTimeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("apiCallTimeout must be positive: " + timeout);
            }
            this.apiCallTimeout = timeout;
            return this;
        }

        /**
         * @param maxAttempts attempts for this call, 1 meaning no retries
         * @return this
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1 (1 = no retries): " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Adds a header to every attempt of this call (replacing one of the same name added before).
         *
         * @param name a header name; not one the runtime writes (Authorization, Content-Type, X-ZC-*, ...)
         * @param value its value, without CR or LF
         * @return this
         * @throws IllegalArgumentException for a reserved or malformed name or a value with line breaks
         */
        public Builder putHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
                throw new IllegalArgumentException("not a header name: \"" + name + "\"");
            }
            if (RESERVED.contains(lower) || lower.startsWith("x-zc-") || lower.startsWith("x-tc-")) {
                throw new IllegalArgumentException(name + " is written by the runtime and cannot be overridden");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException(name + ": header values cannot hold line breaks");
            }
            headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        /**
         * @param provider where this call's credentials come from
         * @return this
         */
        public Builder credentialsProvider(CredentialsProvider provider) {
            this.credentialsProvider = Objects.requireNonNull(provider, "credentialsProvider");
            return this;
        }

        /** @return the overrides */
        public RequestOverrides build() {
            return new RequestOverrides(this);
        }
    }
}
