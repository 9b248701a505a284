package io.github.docsdk.runtime;

/**
 * A hook around every attempt of a call, for metrics, tracing or extra headers.
 *
 * <p>Called on the thread running the attempt, so implementations must be thread-safe and quick. An
 * exception from {@link #beforeSend} aborts the call (as a {@link ZenlayerClientException}); one from
 * {@link #afterResponse} is logged and ignored, since the outcome is already decided.
 */
public interface ExecutionInterceptor {
    /**
     * Before an attempt is sent (after signing).
     *
     * @param request the attempt; extra headers may be added
     */
    default void beforeSend(RequestContext request) {
    }

    /**
     * After an attempt finished, whether a response arrived or not.
     *
     * @param response the attempt's outcome
     */
    default void afterResponse(ResponseContext response) {
    }
}
