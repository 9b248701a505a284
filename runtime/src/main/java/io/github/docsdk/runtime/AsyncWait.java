package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.Timers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * A wait that blocks no thread: each poll is an async call, each delay a timer task. Cancelling the
 * result cancels the timer and the poll in flight, and nothing more is scheduled.
 */
final class AsyncWait<R> {
    /** Shared by every async wait; its thread ends by itself when no wait is pending. */
    private static final Timers TIMERS = new Timers("docsdk-waiter-timer");

    private final WaiterDefinition<R, ?> definition;
    private final WaitSchedule schedule;
    private final Supplier<? extends CompletableFuture<? extends R>> poll;
    private final CompletableFuture<WaiterResponse<R>> result = new CompletableFuture<>();
    private volatile CompletableFuture<? extends R> inFlight;
    private volatile ScheduledFuture<?> timer;

    AsyncWait(WaiterDefinition<R, ?> definition, WaiterOverrides overrides,
            Supplier<? extends CompletableFuture<? extends R>> poll) {
        this.definition = definition;
        this.schedule = new WaitSchedule(definition.pollInterval(overrides), definition.maxWait(overrides));
        this.poll = java.util.Objects.requireNonNull(poll, "poll");
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                ScheduledFuture<?> t = timer;
                if (t != null) {
                    t.cancel(false);
                }
                CompletableFuture<? extends R> call = inFlight;
                if (call != null) {
                    call.cancel(true);
                }
            }
        });
    }

    CompletableFuture<WaiterResponse<R>> start() {
        pollOnce(1);
        return result;
    }

    private void pollOnce(int attempt) {
        if (result.isDone()) {
            return;
        }
        try {
            CompletableFuture<? extends R> call = poll.get();
            inFlight = call;
            if (result.isCancelled()) {
                call.cancel(true); // cancelled while the poll was being started
                return;
            }
            call.whenComplete((reply, failure) -> judge(attempt, reply, failure));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private void judge(int attempt, R reply, Throwable failure) {
        try {
            if (failure != null) {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
                return;
            }
            WaiterDefinition.Verdict v = definition.judge(reply);
            if (v.success) {
                result.complete(new WaiterResponse<>(reply, attempt));
            } else if (v.failed()) {
                result.completeExceptionally(
                        new WaiterFailureException(definition.name(), v.failedItem, v.failedStatus, attempt));
            } else {
                long delay = schedule.nextDelayNanos(attempt);
                if (delay < 0) {
                    result.completeExceptionally(
                            new WaiterTimeoutException(definition.name(), attempt, schedule.maxWait, v.seen));
                } else if (!result.isDone()) {
                    timer = TIMERS.schedule(() -> pollOnce(attempt + 1), delay);
                    if (result.isCancelled()) {
                        timer.cancel(false);
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }
}
