package io.github.docsdk.runtime;

/**
 * A waiter saw a state from which the awaited one cannot be reached (an instance that failed to be
 * created, a resource gone while it was awaited): waiting longer would not help.
 */
public class WaiterFailureException extends ZenlayerClientException {
    private static final long serialVersionUID = 1L;

    private final String waiter;
    private final String item;
    private final String status;
    private final int attempts;

    /**
     * @param waiter the waiter's name, e.g. {@code InstanceRunning}
     * @param item the item that failed (its id), or what was missing when absence is the failure
     * @param status the failure status seen, or {@code null} when the reply listed no item
     * @param attempts the number of polls made
     */
    public WaiterFailureException(String waiter, String item, String status, int attempts) {
        super("waiter " + waiter + " failed after " + attempts + (attempts == 1 ? " poll: " : " polls: ")
                + (status == null ? item + " (no item listed)" : item + " is " + status));
        this.waiter = waiter;
        this.item = item;
        this.status = status;
        this.attempts = attempts;
    }

    /** @return the waiter's name, e.g. {@code InstanceRunning} */
    public String waiter() {
        return waiter;
    }

    /** @return the item that failed (its id, else its position), or what the reply did not list */
    public String item() {
        return item;
    }

    /** @return the failure status seen, or {@code null} when the reply listed no item */
    public String status() {
        return status;
    }

    /** @return the number of polls made */
    public int attempts() {
        return attempts;
    }
}
