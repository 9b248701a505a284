package io.github.docsdk.runtime;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One non-blocking call: attempts chained on futures, backoff and the call deadline on a scheduler, so no
 * thread waits. Cancelling the returned future cancels the exchange in flight.
 *
 * @param <T> the response type
 */
final class AsyncCall<T> {
    private final CallEngine engine;
    private final PreparedCall<T> call;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final long deadline;
    private volatile CompletableFuture<?> inFlight;

    AsyncCall(CallEngine engine, PreparedCall<T> call) {
        this.engine = engine;
        this.call = call;
        this.deadline = engine.deadline();
        result.whenComplete((value, failure) -> {
            CompletableFuture<?> current = inFlight;
            if (result.isCancelled() && current != null) {
                current.cancel(true);
            }
        });
    }

    CompletableFuture<T> start() {
        attempt(1);
        return result;
    }

    private void attempt(int attempt) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<Void> permit = engine.limiter.acquire();
        if (permit.isDone()) {
            send(attempt);
            return;
        }
        inFlight = permit;
        ScheduledFuture<?> timer = schedule(() -> engine.giveUp(permit), remainingNanos());
        permit.whenComplete((ignored, failure) -> {
            timer.cancel(false);
            if (failure != null) {
                result.completeExceptionally(engine.interpreter.callTimeout(call, engine.callTimeoutMillis, failure));
            } else if (result.isDone()) {
                engine.limiter.release();
            } else {
                send(attempt);
            }
        });
    }

    /** Runs holding a permit; releases it exactly once when the exchange ends. */
    private void send(int attempt) {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            HttpRequest request = engine.requests.build(call, attempt, CallEngine.remaining(deadline));
            sent = engine.http.sendAsync(request, engine.newBodyHandler());
        } catch (RuntimeException e) {
            engine.limiter.release();
            result.completeExceptionally(e);
            return;
        }
        inFlight = sent;
        AtomicBoolean deadlineHit = new AtomicBoolean();
        ScheduledFuture<?> timer = schedule(() -> {
            deadlineHit.set(true);
            sent.cancel(true);
        }, remainingNanos());
        sent.whenComplete((response, failure) -> {
            timer.cancel(false);
            engine.limiter.release();
            Outcome<T> outcome;
            try {
                outcome = response != null
                        ? engine.interpret(call, response)
                        : engine.interpreter.fromThrowable(call, failure, engine.callTimeoutMillis, deadlineHit.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            Duration delay = result.isDone() ? null : engine.retryDelay(outcome, attempt, deadline);
            engine.reporter.report(call, attempt, outcome, start, delay);
            if (outcome.isSuccess()) {
                result.complete(outcome.value);
            } else if (delay == null) {
                result.completeExceptionally(outcome.failure);
            } else {
                schedule(() -> attempt(attempt + 1), delay.toNanos());
            }
        });
    }

    private long remainingNanos() {
        return Math.max(1, deadline - System.nanoTime());
    }

    private ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return engine.timers.schedule(task, delayNanos);
    }
}
