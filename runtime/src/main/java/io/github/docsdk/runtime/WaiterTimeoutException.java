package io.github.docsdk.runtime;

import java.time.Duration;

/** A waiter reached its maximum wait, after a last poll at the deadline, without success. */
public class WaiterTimeoutException extends ZenlayerClientException {
    private static final long serialVersionUID = 1L;

    private final String waiter;
    private final int attempts;
    private final Duration maxWait;
    private final String lastSeen;

    /**
     * @param waiter the waiter's name, e.g. {@code InstanceStopped}
     * @param attempts the number of polls made
     * @param maxWait the maximum wait that was reached
     * @param lastSeen what the last reply showed, e.g. {@code i-1=STOPPING}
     */
    public WaiterTimeoutException(String waiter, int attempts, Duration maxWait, String lastSeen) {
        super("waiter " + waiter + " gave up after " + attempts + (attempts == 1 ? " poll" : " polls") + " in "
                + maxWait + " (last seen: " + lastSeen + ")");
        this.waiter = waiter;
        this.attempts = attempts;
        this.maxWait = maxWait;
        this.lastSeen = lastSeen;
    }

    /** @return the waiter's name, e.g. {@code InstanceStopped} */
    public String waiter() {
        return waiter;
    }

    /** @return the number of polls made */
    public int attempts() {
        return attempts;
    }

    /** @return the maximum wait that was reached */
    public Duration maxWait() {
        return maxWait;
    }

    /** @return what the last reply showed: each item's id and status, or that it listed none */
    public String lastSeen() {
        return lastSeen;
    }
}
