package io.github.docsdk.runtime;

import io.github.docsdk.runtime.internal.http.Backoff;
import io.github.docsdk.runtime.internal.http.CappedBodyHandler;
import io.github.docsdk.runtime.internal.http.ConcurrencyLimiter;
import io.github.docsdk.runtime.internal.http.Timers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls: the blocking loop lives here, the non-blocking one in {@link AsyncCall}; both share the
 * request building, outcome interpretation, retry decision and reporting.
 */
final class CallEngine {
    private static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    final ClientConfig config;
    final HttpClient http;
    final AttemptRequests requests;
    final OutcomeInterpreter interpreter;
    final AttemptReporter reporter;
    final ConcurrencyLimiter limiter;
    final Timers timers;
    private final Backoff backoff;
    /** Where async calls read bodies: the HTTP client's own executor. */
    final Executor bodyExecutor;

    CallEngine(ClientConfig config, HttpClient http, URI uri, String threadPrefix) {
        this.config = config;
        this.http = http;
        this.requests = new AttemptRequests(config, uri);
        this.interpreter = new OutcomeInterpreter(config.service(), config.maxResponseBytes());
        this.reporter = new AttemptReporter(config);
        this.limiter = new ConcurrencyLimiter(config.maxConcurrency());
        this.timers = new Timers(threadPrefix + "-timer");
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.bodyExecutor = http.executor().orElse(ForkJoinPool.commonPool());
    }

    static long deadline(PreparedCall<?> call) {
        return System.nanoTime() + call.timeout.toNanos();
    }

    /**
     * The outcome to act on: a retryable failure whose {@code Retry-After} reaches past the deadline ends the
     * call now, with an exception that says so, instead of sleeping into a timeout.
     */
    <T> Outcome<T> settle(PreparedCall<T> call, Outcome<T> outcome, int attempt, long deadlineNanos) {
        if (outcome.isSuccess() || !outcome.retryable || outcome.retryAfter == null
                || attempt >= call.maxAttempts) {
            return outcome;
        }
        long leftNanos = deadlineNanos - System.nanoTime();
        // retryAfter is at most Backoff.MAX_RETRY_AFTER, so toNanos cannot overflow.
        if (outcome.retryAfter.toNanos() < leftNanos) {
            return outcome;
        }
        long leftMillis = TimeUnit.NANOSECONDS.toMillis(leftNanos);
        ZenlayerException failure = outcome.failure instanceof ZenlayerServiceException
                ? new ZenlayerThrottlingException((ZenlayerServiceException) outcome.failure, outcome.retryAfter,
                        leftMillis)
                : new ZenlayerClientException(ZenlayerThrottlingException.describe(outcome.failure.getMessage(),
                        outcome.retryAfter, leftMillis), outcome.httpStatus, outcome.failure);
        return Outcome.failure(failure, false, outcome.retryAfter, outcome.httpStatus, outcome.requestId);
    }

    /** @return the wait before another attempt, or {@code null} when the outcome is final */
    Duration retryDelay(PreparedCall<?> call, Outcome<?> outcome, int attempt, long deadlineNanos) {
        if (outcome.isSuccess() || !outcome.retryable || attempt >= call.maxAttempts) {
            return null;
        }
        Duration delay = backoff.delay(attempt, outcome.retryAfter);
        // Waiting past the deadline would only turn the real error into a timeout. Compared in millis: a
        // configured backoff maximum may be too long for nanoseconds.
        long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        return delay.toMillis() < leftMillis ? delay : null;
    }

    <T> Outcome<T> interpret(PreparedCall<T> call, HttpResponse<InputStream> response, CappedBodyHandler handler) {
        return interpreter.fromResponse(call, response.statusCode(), response.headers(), response.body(),
                handler::aborted);
    }

    /** Interprets, turning a surprise (say, a model constructor that throws) into a typed, final failure. */
    <T> Outcome<T> guardedInterpret(PreparedCall<T> call, HttpResponse<InputStream> response,
            CappedBodyHandler handler) {
        try {
            return interpret(call, response, handler);
        } catch (ZenlayerException e) {
            return Outcome.fatal(e);
        } catch (RuntimeException e) {
            return Outcome.fatal(unexpected(call, e));
        }
    }

    ZenlayerClientException unexpected(PreparedCall<?> call, Throwable e) {
        return new ZenlayerClientException(interpreter.prefix(call) + "unexpected failure (" + e.getClass().getName()
                + ")", e);
    }

    /** The blocking call: waits on the calling thread, and stops waiting at once when interrupted. */
    <T> T callSync(PreparedCall<T> call) {
        long deadline = deadline(call);
        for (int attempt = 1; ; attempt++) {
            acquirePermit(call, deadline);
            long start = System.nanoTime();
            Outcome<T> outcome;
            try {
                HttpRequest request = requests.build(call, attempt, remaining(deadline));
                outcome = exchange(call, request, deadline);
            } finally {
                limiter.release();
            }
            outcome = settle(call, outcome, attempt, deadline);
            Duration delay = retryDelay(call, outcome, attempt, deadline);
            reporter.report(call, attempt, outcome, start, delay);
            if (outcome.isSuccess()) {
                return outcome.value;
            }
            if (delay == null) {
                throw outcome.failure;
            }
            sleep(call, delay);
        }
    }

    /** A fresh handler per attempt, so the deadline timer can abort exactly this exchange's body. */
    CappedBodyHandler newBodyHandler() {
        return new CappedBodyHandler(config.maxResponseBytes());
    }

    /**
     * Sends on the calling thread with {@code HttpClient.send}: unlike {@code sendAsync}, it completes
     * without handing off to another thread, and an interrupt cancels the exchange. The request timeout
     * (the time left) bounds the wait for headers; the body is read here, on the calling thread, by a
     * handler that gives up at the deadline. No timer is involved, so a call wakes no other thread.
     */
    private <T> Outcome<T> exchange(PreparedCall<T> call, HttpRequest request, long deadline) {
        CappedBodyHandler handler = new CappedBodyHandler(config.maxResponseBytes(), deadline);
        try {
            HttpResponse<InputStream> response = http.send(request, handler);
            Outcome<T> outcome = guardedInterpret(call, response, handler);
            if (!outcome.isSuccess() && Thread.currentThread().isInterrupted()) {
                throw new ZenlayerClientException(interpreter.prefix(call)
                        + "interrupted while reading the response", new InterruptedException("interrupted"));
            }
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZenlayerClientException(interpreter.prefix(call) + "interrupted while waiting for the response",
                    e);
        } catch (IOException e) {
            return interpreter.fromThrowable(call, e, call.timeoutMillis, handler.aborted() || passed(deadline));
        }
    }

    /**
     * Whether the call's deadline has passed. The request timeout fires at the deadline and, while still
     * connecting, the JDK reports it as a connect timeout; the slack covers its millisecond clock.
     */
    private static boolean passed(long deadline) {
        return System.nanoTime() - deadline > -DEADLINE_SLACK_NANOS;
    }

    private void acquirePermit(PreparedCall<?> call, long deadline) {
        CompletableFuture<Void> permit = limiter.acquire();
        if (permit.isDone()) {
            return;
        }
        try {
            permit.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            giveUp(permit);
            Thread.currentThread().interrupt();
            throw new ZenlayerClientException(interpreter.prefix(call) + "interrupted while waiting for a connection",
                    e);
        } catch (TimeoutException e) {
            giveUp(permit);
            throw interpreter.callTimeout(call, call.timeoutMillis, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("permit futures never fail", e);
        }
    }

    /** Withdraws from the queue; if the permit was granted meanwhile, hands it back. */
    void giveUp(CompletableFuture<Void> permit) {
        if (!permit.completeExceptionally(new TimeoutException("gave up"))) {
            limiter.release();
        }
    }

    private void sleep(PreparedCall<?> call, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZenlayerClientException(interpreter.prefix(call) + "interrupted while waiting to retry", e);
        }
    }

    static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
    }
}
