package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.Backoff;
import java.time.Duration;

/**
 * The service throttled the call and asked (with {@code Retry-After}) to wait longer than the call had left
 * before its deadline, so the call ended at once instead of sleeping into a timeout.
 *
 * <p>{@link #code()}, {@link #requestId()} and {@link #httpStatus()} are the throttling reply's;
 * {@link #getMessage()} is the service's message followed by what was asked and what was left.
 */
public final class ZenlayerThrottlingException extends ZenlayerServiceException {
    private static final long serialVersionUID = 1L;

    /** Serialised with the exception. */
    private final Duration retryAfter;

    /**
     * @param reply the throttling error the service sent
     * @param retryAfter the wait it asked for (capped at one day)
     * @param leftMillis what was left of the call timeout
     */
    ZenlayerThrottlingException(ZenlayerServiceException reply, Duration retryAfter, long leftMillis) {
        super(reply.httpStatus(), reply.code(), reply.requestId(), describe(reply.getMessage(), retryAfter,
                leftMillis), true);
        this.retryAfter = retryAfter;
    }

    /** @return the wait the service asked for ({@code Retry-After}), at most one day */
    public Duration retryAfter() {
        return retryAfter;
    }

    static String describe(String serverMessage, Duration retryAfter, long leftMillis) {
        String asked = retryAfter.compareTo(Backoff.MAX_RETRY_AFTER) >= 0
                ? "a day or more" : retryAfter.toMillis() + " ms";
        return (serverMessage == null ? "throttled" : serverMessage) + " [not retried: the server asked to wait "
                + asked + " (Retry-After), beyond the call deadline (" + Math.max(0, leftMillis) + " ms left)]";
    }
}
