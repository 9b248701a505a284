package io.github.docsdk.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysGrowExponentiallyWithJitterWithinBounds() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(1, null).toMillis()).isBetween(50L, 100L);
            assertThat(backoff.delay(2, null).toMillis()).isBetween(100L, 200L);
            assertThat(backoff.delay(3, null).toMillis()).isBetween(200L, 400L);
            assertThat(backoff.delay(10, null).toMillis()).isBetween(500L, 1000L);
            assertThat(backoff.delay(1000, null).toMillis()).isBetween(500L, 1000L);
        }
    }

    @Test
    void jitterActuallyVaries() {
        Backoff backoff = new Backoff(Duration.ofMillis(1000), Duration.ofMillis(1000));
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(1, null))
                .distinct().count();
        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void retryAfterWinsWhenLonger() {
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(20));
        assertThat(backoff.delay(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delay(1, Duration.ZERO).toMillis()).isBetween(5L, 10L);
    }

    @Test
    void parsesRetryAfterSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(Backoff.parseRetryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(Backoff.parseRetryAfter(" 0 ", now)).isEqualTo(Duration.ZERO);
        assertThat(Backoff.parseRetryAfter("Sat, 28 Nov 2026 12:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.parseRetryAfter("Sat, 28 Nov 2026 11:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(Backoff.parseRetryAfter("soon", now)).isNull();
        assertThat(Backoff.parseRetryAfter("-5", now)).isNull();
        assertThat(Backoff.parseRetryAfter(null, now)).isNull();
        assertThat(Backoff.parseRetryAfter("99999999999999999999999", now)).isEqualTo(Backoff.MAX_RETRY_AFTER);
    }

    @Test
    void absurdRetryAfterValuesAreCappedNotOverflowed() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(Backoff.parseRetryAfter("9999999999", now)).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(Backoff.parseRetryAfter(Long.toString(Long.MAX_VALUE), now)).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(Backoff.parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now)).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(Backoff.parseRetryAfter("1".repeat(100_000), now)).isNull();
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(20));
        assertThat(backoff.delay(1, Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(backoff.delay(1, Backoff.MAX_RETRY_AFTER).toNanos()).isPositive();
    }

    @Test
    void aHugeBaseDoesNotOverflowTheExponentialStep() {
        Backoff backoff = new Backoff(Duration.ofDays(100_000), Duration.ofDays(200_000));
        assertThat(backoff.delay(30, null)).isBetween(Duration.ofDays(100_000), Duration.ofDays(200_000));
    }
}
