package io.github.docsdk.runtime;

import java.time.Duration;

/**
 * The result of one attempt: a value, or a failure with whether it may be retried.
 *
 * @param <T> the response type
 */
final class Outcome<T> {
    final T value;
    final ZenlayerException failure;
    final boolean retryable;
    final Duration retryAfter;
    final int httpStatus;
    final String requestId;

    private Outcome(T value, ZenlayerException failure, boolean retryable, Duration retryAfter, int httpStatus,
            String requestId) {
        this.value = value;
        this.failure = failure;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
    }

    static <T> Outcome<T> success(T value, int httpStatus, String requestId) {
        return new Outcome<>(value, null, false, null, httpStatus, requestId);
    }

    static <T> Outcome<T> failure(ZenlayerException failure, boolean retryable, Duration retryAfter,
            int httpStatus, String requestId) {
        return new Outcome<>(null, failure, retryable, retryAfter, httpStatus, requestId);
    }

    static <T> Outcome<T> fatal(ZenlayerException failure) {
        return new Outcome<>(null, failure, false, null, 0, null);
    }

    boolean isSuccess() {
        return failure == null;
    }
}
