package io.github.docsdk.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client retries what is safe to retry (throttling, 5xx of read-only actions, connection failures):
 * how many attempts in all and the exponential backoff between them (full jitter, doubling from
 * {@code backoffBase} up to {@code backoffMax}; a server's {@code Retry-After} is honoured within the call's
 * deadline).
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;

    private RetryPolicy(int maxAttempts, Duration backoffBase, Duration backoffMax) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1 (1 = no retries): " + maxAttempts);
        }
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffMax, "backoffMax");
        if (backoffBase.isNegative() || backoffMax.isNegative()) {
            throw new IllegalArgumentException("backoff durations must not be negative");
        }
        this.maxAttempts = maxAttempts;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
    }

    /**
     * @param maxAttempts attempts per call, 1 meaning no retries
     * @param backoffBase the step before the first retry, doubled for each further one
     * @param backoffMax the largest computed wait
     * @return the policy
     */
    public static RetryPolicy of(int maxAttempts, Duration backoffBase, Duration backoffMax) {
        return new RetryPolicy(maxAttempts, backoffBase, backoffMax);
    }

    /** @return the defaults: 3 attempts, 100 ms doubling up to 20 s */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(20));
    }

    /** @return one attempt, no retries */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** @return attempts per call */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the step before the first retry */
    public Duration backoffBase() {
        return backoffBase;
    }

    /** @return the largest computed wait */
    public Duration backoffMax() {
        return backoffMax;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy other = (RetryPolicy) o;
        return maxAttempts == other.maxAttempts && backoffBase.equals(other.backoffBase)
                && backoffMax.equals(other.backoffMax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, backoffBase, backoffMax);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + backoffBase + ".." + backoffMax + "]";
    }
}
