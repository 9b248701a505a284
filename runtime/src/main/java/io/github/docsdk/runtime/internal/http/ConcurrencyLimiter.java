package io.github.docsdk.runtime.internal.http;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * Caps the exchanges in flight on one client, and so the connections it opens: {@code java.net.http}
 * itself opens a new HTTP/1.1 connection for every concurrent request.
 *
 * <p>Non-blocking: {@link #acquire()} returns a future completed when a permit is granted, so the async
 * path never parks a thread. A waiter that gives up completes its future exceptionally first; if that
 * fails the permit was already granted and the waiter must {@link #release()} it.
 */
public final class ConcurrencyLimiter {
    private final Object lock = new Object();
    private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private int available;

    /** @param permits the maximum number of exchanges in flight */
    public ConcurrencyLimiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1: " + permits);
        }
        this.available = permits;
    }

    /** @return a future completed (on the releasing thread) once a permit is held */
    public CompletableFuture<Void> acquire() {
        synchronized (lock) {
            if (available > 0) {
                available--;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> waiter = new CompletableFuture<>();
            waiters.add(waiter);
            return waiter;
        }
    }

    /** Returns a permit, handing it to the oldest waiter that is still waiting. */
    public void release() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (lock) {
                next = waiters.poll();
                if (next == null) {
                    available++;
                    return;
                }
            }
            // Outside the lock: completing runs the waiter's continuation.
            if (next.complete(null)) {
                return;
            }
            // That waiter gave up (timed out, interrupted, cancelled): try the next one.
        }
    }

    /** @return permits currently free (for tests and diagnostics) */
    public int available() {
        synchronized (lock) {
            return available;
        }
    }
}
