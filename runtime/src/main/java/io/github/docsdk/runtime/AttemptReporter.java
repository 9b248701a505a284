package io.github.docsdk.runtime;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the log and the interceptors how an attempt ended. Log lines carry action, attempt, status,
 * requestId and duration, never headers or bodies (which hold signatures and user data).
 */
final class AttemptReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ZenlayerHttpClient.class);

    private final String service;
    private final List<ExecutionInterceptor> interceptors;

    AttemptReporter(ClientConfig config) {
        this.service = config.service();
        this.interceptors = config.interceptors();
    }

    /**
     * @param retryDelay the wait before the next attempt, or {@code null} when there is none
     */
    void report(PreparedCall<?> call, int attempt, Outcome<?> outcome, long startNanos, Duration retryDelay) {
        long elapsedNanos = System.nanoTime() - startNanos;
        if (LOG.isDebugEnabled()) {
            String status = outcome.httpStatus == 0 ? "no response" : "HTTP " + outcome.httpStatus;
            String result = outcome.isSuccess() ? "ok" : "failed: " + outcome.failure.getMessage();
            String next = retryDelay == null ? "" : "; retrying in " + retryDelay.toMillis() + " ms";
            LOG.debug("{} {} attempt {}/{}: {}, requestId {}, {} ms, {}{}", service, call.action, attempt,
                    call.maxAttempts, status, outcome.requestId == null ? "-" : outcome.requestId, elapsedNanos / 1_000_000L, result, next);
        }
        if (interceptors.isEmpty()) {
            return;
        }
        ResponseContext context = new ResponseContext(service, call.action, attempt, outcome.httpStatus,
                outcome.requestId, Duration.ofNanos(elapsedNanos), outcome.failure, retryDelay != null);
        for (ExecutionInterceptor interceptor : interceptors) {
            try {
                interceptor.afterResponse(context);
            } catch (RuntimeException e) {
                LOG.warn("{} {}: interceptor {} failed in afterResponse; ignored", service, call.action,
                        interceptor.getClass().getName(), e);
            }
        }
    }
}
