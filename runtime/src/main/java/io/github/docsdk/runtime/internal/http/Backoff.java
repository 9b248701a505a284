package io.github.docsdk.runtime.internal.http;

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
    /**
     * The longest {@code Retry-After} kept as asked; anything longer (up to {@code Long.MAX_VALUE} seconds or
     * a date in year 9999) reads as this, which is beyond any call deadline and safe in nanosecond arithmetic.
     */
    public static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

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
        // base << shift overflows for a huge base: compare before shifting.
        long step = baseMillis > (maxMillis >> shift) ? maxMillis : Math.min(maxMillis, baseMillis << shift);
        long half = step / 2;
        long jittered = half + (step - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(step - half + 1));
        long millis = jittered;
        if (retryAfter != null) {
            long asked = capped(retryAfter).toMillis();
            millis = Math.max(millis, asked);
        }
        return Duration.ofMillis(millis);
    }

    /**
     * Parses a {@code Retry-After} value: delay-seconds or an HTTP-date.
     *
     * @param value the header value, or {@code null}
     * @param now the current time, for HTTP-dates
     * @return the requested delay (never negative, at most {@link #MAX_RETRY_AFTER}), or {@code null} when
     *     absent or unreadable
     */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > 64) {
            return null; // no valid value is this long
        }
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Any run of digits is a valid delay; more than a day of it only means "longer than we wait".
            if (v.length() > 12) {
                return MAX_RETRY_AFTER;
            }
            return capped(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            if (!at.isAfter(now)) {
                return Duration.ZERO;
            }
            return at.isAfter(now.plus(MAX_RETRY_AFTER)) ? MAX_RETRY_AFTER : Duration.between(now, at);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static Duration capped(Duration d) {
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }
}
