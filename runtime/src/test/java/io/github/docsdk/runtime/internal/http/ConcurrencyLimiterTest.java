package io.github.docsdk.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ConcurrencyLimiterTest {

    @Test
    void grantsUpToThePermitsThenQueuesInOrder() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(2);
        assertThat(limiter.acquire()).isCompleted();
        assertThat(limiter.acquire()).isCompleted();
        CompletableFuture<Void> third = limiter.acquire();
        CompletableFuture<Void> fourth = limiter.acquire();
        assertThat(third).isNotDone();
        limiter.release();
        assertThat(third).isCompleted();
        assertThat(fourth).isNotDone();
        limiter.release();
        limiter.release();
        limiter.release();
        assertThat(fourth).isCompleted();
        assertThat(limiter.available()).isEqualTo(2);
    }

    @Test
    void aWaiterThatGaveUpIsSkippedAndItsPermitGoesToTheNext() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(1);
        limiter.acquire();
        CompletableFuture<Void> gaveUp = limiter.acquire();
        CompletableFuture<Void> next = limiter.acquire();
        assertThat(gaveUp.completeExceptionally(new TimeoutException())).isTrue();
        limiter.release();
        assertThat(next).isCompleted();
        assertThat(limiter.available()).isZero();
        limiter.release();
        assertThat(limiter.available()).isEqualTo(1);
    }
}
