package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.Backoff;
import java.time.Duration;

/**
 * When a wait polls: jittered delays around the poll interval (the first half to one interval, later
 * ones one to two), each clamped to the deadline, so the last poll happens at the deadline rather than
 * the wait giving up early because the next delay would overshoot it.
 */
final class WaitSchedule {
    private static final Duration MIN_INTERVAL = Duration.ofMillis(2);

    private final Backoff backoff;
    private final long deadlineNanos;
    final Duration maxWait;

    WaitSchedule(Duration pollInterval, Duration maxWait) {
        // Backoff counts whole milliseconds: a shorter interval would poll without pause
        Duration base = pollInterval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : pollInterval;
        this.backoff = new Backoff(base, base.multipliedBy(2));
        this.maxWait = maxWait;
        this.deadlineNanos = System.nanoTime() + maxWait.toNanos();
    }

    /**
     * @param polls the polls made so far
     * @return how long to wait before the next poll, or a negative number when the deadline has passed
     *     (the poll just made was the last)
     */
    long nextDelayNanos(int polls) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return -1;
        }
        return Math.min(backoff.delay(polls, null).toNanos(), left);
    }
}
