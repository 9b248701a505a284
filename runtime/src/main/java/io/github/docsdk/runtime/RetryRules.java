package io.github.docsdk.runtime;

/**
 * Which failures may be retried. The rule that matters most: a state-changing action whose request may
 * have reached the server is never sent again, since the service has no idempotency tokens. Which actions
 * only read is the model's {@code readOnly} trait, passed in by the generated client.
 */
final class RetryRules {
    static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";
    static final String SERVICE_TEMPORARY_UNAVAILABLE = "SERVICE_TEMPORARY_UNAVAILABLE";
    static final String REQUEST_TIMED_OUT = "REQUEST_TIMED_OUT";

    private RetryRules() {
    }

    /**
     * @param status HTTP status
     * @param code error code from the envelope, or {@code null}
     * @param readOnly whether the action only reads
     * @return whether a response with this status and code may be retried
     */
    static boolean isRetryableResponse(int status, String code, boolean readOnly) {
        if (status == 429 || REQUEST_LIMIT_EXCEEDED.equals(code)) {
            return true; // throttled: the request was rejected before doing anything
        }
        if (!readOnly) {
            return false;
        }
        return status >= 500 || SERVICE_TEMPORARY_UNAVAILABLE.equals(code) || REQUEST_TIMED_OUT.equals(code);
    }
}
