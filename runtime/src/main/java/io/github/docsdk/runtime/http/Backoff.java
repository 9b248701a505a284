package io.github.docsdk.runtime.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": half of the exponential step is fixed, half random, so retries
 * from many clients spread out but never come back immediately. A server's {@code Retry-After} wins when
 * it asks for longer.
 */
public final class Backoff {
    private final long baseMillis;
    private final long maxMillis;

    /**
     * @param base delay step before the first retry
     * @param max upper bound of any computed delay
     */
    public Backoff(Duration base, Duration max) {
        this.baseMillis = Math.max(0, base.toMillis());
        this.maxMillis = Math.max(baseMillis, max.toMillis());
    }

    /**
     * @param failedAttempt the attempt that just failed, starting at 1
     * @param retryAfter the server's requested delay, or {@code null}
     * @return how long to wait before the next attempt
     */
    public Duration delay(int failedAttempt, Duration retryAfter) {
        int shift = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long step = Math.min(maxMillis, baseMillis << shift);
        long half = step / 2;
        long jittered = half + (step - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(step - half + 1));
        long millis = jittered;
        if (retryAfter != null && retryAfter.toMillis() > millis) {
            millis = retryAfter.toMillis();
        }
        return Duration.ofMillis(millis);
    }

    /**
     * Parses a {@code Retry-After} value: delay-seconds or an HTTP-date.
     *
     * @param value the header value, or {@code null}
     * @param now the current time, for HTTP-dates
     * @return the requested delay (never negative), or {@code null} when absent or unreadable
     */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null; // absurdly long: ignore rather than wait forever
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
