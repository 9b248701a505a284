package io.github.docsdk.runtime;

import java.time.Duration;
import java.util.Optional;

/** How one attempt ended, as seen by an {@link ExecutionInterceptor}. */
public final class ResponseContext {
    private final String service;
    private final String action;
    private final int attempt;
    private final int httpStatus;
    private final String requestId;
    private final Duration duration;
    private final ZenlayerException failure;
    private final boolean willRetry;

    ResponseContext(String service, String action, int attempt, int httpStatus, String requestId,
            Duration duration, ZenlayerException failure, boolean willRetry) {
        this.service = service;
        this.action = action;
        this.attempt = attempt;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.duration = duration;
        this.failure = failure;
        this.willRetry = willRetry;
    }

    /** @return the service, e.g. {@code bmc} */
    public String service() {
        return service;
    }

    /** @return the action, e.g. {@code DescribeImages} */
    public String action() {
        return action;
    }

    /** @return the attempt number, starting at 1 */
    public int attempt() {
        return attempt;
    }

    /** @return the HTTP status, or 0 when no response arrived */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the response's requestId, if the body carried one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return time from sending to the outcome of this attempt */
    public Duration duration() {
        return duration;
    }

    /** @return why the attempt failed, or empty on success */
    public Optional<ZenlayerException> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return whether the runtime will try again after this attempt */
    public boolean willRetry() {
        return willRetry;
    }
}
