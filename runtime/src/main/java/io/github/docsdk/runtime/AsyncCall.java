package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.CappedBodyHandler;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One non-blocking call: attempts chained on futures, backoff and the call deadline on a scheduler, so no
 * thread waits. Cancelling the returned future cancels the exchange in flight.
 *
 * <p>Every stage runs {@link #guarded guarded}: whatever it throws (an interceptor's error, a failing timer,
 * an arithmetic surprise) completes the returned future, so it can never be left pending.
 *
 * @param <T> the response type
 */
final class AsyncCall<T> {
    private final CallEngine engine;
    private final PreparedCall<T> call;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final long deadline;
    private volatile CompletableFuture<?> inFlight;
    /** The body of the exchange in flight, aborted when the call is cancelled while it is read. */
    private volatile CappedBodyHandler body;

    AsyncCall(CallEngine engine, PreparedCall<T> call) {
        this.engine = engine;
        this.call = call;
        this.deadline = CallEngine.deadline(call);
        result.whenComplete((value, failure) -> {
            CompletableFuture<?> current = inFlight;
            CappedBodyHandler reading = body;
            if (result.isCancelled() && current != null) {
                current.cancel(true);
            }
            if (result.isCancelled() && reading != null) {
                reading.abort(new java.util.concurrent.CancellationException("the call was cancelled"));
            }
        });
    }

    CompletableFuture<T> start() {
        guarded(() -> attempt(1));
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
        ScheduledFuture<?> timer;
        try {
            timer = schedule(() -> engine.giveUp(permit), remainingNanos());
        } catch (RuntimeException | Error e) {
            engine.giveUp(permit);
            throw e;
        }
        permit.whenComplete((ignored, failure) -> guarded(() -> {
            timer.cancel(false);
            if (failure != null) {
                result.completeExceptionally(engine.interpreter.callTimeout(call, call.timeoutMillis, failure));
            } else if (result.isDone()) {
                engine.limiter.release();
            } else {
                send(attempt);
            }
        }));
    }

    /** Runs holding a permit; releases it exactly once when the exchange ends (or fails to start). */
    private void send(int attempt) {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<InputStream>> sent;
        AtomicBoolean deadlineHit = new AtomicBoolean();
        ScheduledFuture<?> timer;
        CappedBodyHandler handler = engine.newBodyHandler();
        try {
            HttpRequest request = engine.requests.build(call, attempt, CallEngine.remaining(deadline));
            sent = engine.http.sendAsync(request, handler);
            inFlight = sent;
            body = handler;
            timer = schedule(() -> {
                deadlineHit.set(true);
                handler.abort(new HttpTimeoutException("call deadline passed"));
                sent.cancel(true);
            }, remainingNanos());
        } catch (RuntimeException | Error e) {
            engine.limiter.release();
            throw e;
        }
        // The body is read on the client's executor, never on the thread that delivers its bytes.
        sent.whenCompleteAsync((response, failure) -> {
            try {
                guarded(() -> finish(attempt, start, response, failure, deadlineHit, handler));
            } finally {
                timer.cancel(false);
                engine.limiter.release();
            }
        }, engine.bodyExecutor);
    }

    private void finish(int attempt, long start, HttpResponse<InputStream> response, Throwable failure,
            AtomicBoolean deadlineHit, CappedBodyHandler handler) {
        Outcome<T> outcome = response != null
                ? engine.guardedInterpret(call, response, handler)
                : engine.interpreter.fromThrowable(call, failure, call.timeoutMillis, deadlineHit.get());
        outcome = engine.settle(call, outcome, attempt, deadline);
        Duration delay = result.isDone() ? null : engine.retryDelay(call, outcome, attempt, deadline);
        engine.reporter.report(call, attempt, outcome, start, delay);
        if (outcome.isSuccess()) {
            result.complete(outcome.value);
        } else if (delay == null) {
            result.completeExceptionally(outcome.failure);
        } else {
            schedule(() -> guarded(() -> attempt(attempt + 1)), delay.toNanos());
        }
    }

    /** Runs a stage; anything it throws completes the call's future (errors as they are, the rest typed). */
    private void guarded(Runnable stage) {
        try {
            stage.run();
        } catch (ZenlayerException | Error e) {
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            result.completeExceptionally(engine.unexpected(call, e));
        }
    }

    private long remainingNanos() {
        return Math.max(1, deadline - System.nanoTime());
    }

    private ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return engine.timers.schedule(task, delayNanos);
    }
}
