package io.github.docsdk.runtime;

import java.util.Objects;

/**
 * How a wait ended well: the last reply of the polled action (the one in which every item had the
 * awaited state, or in which the resource was gone when that was awaited) and the number of polls.
 *
 * @param <R> the response type of the polled action
 */
public final class WaiterResponse<R> {
    private final R response;
    private final int attempts;

    WaiterResponse(R response, int attempts) {
        this.response = Objects.requireNonNull(response, "response");
        this.attempts = attempts;
    }

    /** @return the last reply of the polled action */
    public R response() {
        return response;
    }

    /** @return the number of polls made, at least 1 */
    public int attempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return "WaiterResponse[attempts=" + attempts + "]";
    }
}
