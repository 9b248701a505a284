package io.github.docsdk.runtime;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A wait on the calling thread: poll, judge, sleep, until the wait ends. */
final class WaitLoop<R> {
    private final WaiterDefinition<R, ?> definition;
    private final WaitSchedule schedule;
    private final Supplier<? extends R> poll;

    WaitLoop(WaiterDefinition<R, ?> definition, WaiterOverrides overrides, Supplier<? extends R> poll) {
        this.definition = definition;
        this.schedule = new WaitSchedule(definition.pollInterval(overrides), definition.maxWait(overrides));
        this.poll = java.util.Objects.requireNonNull(poll, "poll");
    }

    WaiterResponse<R> run() {
        for (int attempt = 1; ; attempt++) {
            R reply = poll.get();
            WaiterDefinition.Verdict v = definition.judge(reply);
            if (v.success) {
                return new WaiterResponse<>(reply, attempt);
            }
            if (v.failed()) {
                throw new WaiterFailureException(definition.name(), v.failedItem, v.failedStatus, attempt);
            }
            long delay = schedule.nextDelayNanos(attempt);
            if (delay < 0) {
                throw new WaiterTimeoutException(definition.name(), attempt, schedule.maxWait, v.seen);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZenlayerClientException("waiter " + definition.name() + " interrupted after " + attempt
                        + (attempt == 1 ? " poll" : " polls"), e);
            }
        }
    }
}
