package io.github.docsdk.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One wait's changes to a waiter's defaults:
 * {@code waitUntilInstanceRunning(request, o -> o.maxWait(Duration.ofMinutes(5)))}. Immutable; what is
 * not set keeps the waiter's default.
 */
public final class WaiterOverrides {
    private static final WaiterOverrides NONE = new WaiterOverrides(new Builder());

    private final Duration pollInterval;
    private final Duration maxWait;

    private WaiterOverrides(Builder b) {
        this.pollInterval = b.pollInterval;
        this.maxWait = b.maxWait;
    }

    /** @return no changes: the waiter's defaults apply */
    public static WaiterOverrides none() {
        return NONE;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param overrides sets what differs from the defaults
     * @return the overrides the consumer set on an empty builder
     */
    public static WaiterOverrides of(Consumer<Builder> overrides) {
        Builder b = new Builder();
        Objects.requireNonNull(overrides, "overrides").accept(b);
        return b.build();
    }

    /** @return the base interval between polls, or {@code null} for the waiter's default */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the longest wait, or {@code null} for the waiter's default */
    public Duration maxWait() {
        return maxWait;
    }

    @Override
    public String toString() {
        return "WaiterOverrides[pollInterval=" + pollInterval + ", maxWait=" + maxWait + "]";
    }

    /** Collects the changes. */
    public static final class Builder {
        private Duration pollInterval;
        private Duration maxWait;

        private Builder() {
        }

        /**
         * @param interval base interval between polls: the first comes after half to one interval, later
         *     ones after one to two (randomly spread, so many waiters do not poll in step)
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive(interval, "pollInterval");
            return this;
        }

        /**
         * @param wait the longest wait; the last poll happens at this deadline
         * @return this builder
         */
        public Builder maxWait(Duration wait) {
            this.maxWait = positive(wait, "maxWait");
            return this;
        }

        /** @return the overrides */
        public WaiterOverrides build() {
            return new WaiterOverrides(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            if (d.compareTo(Duration.ofDays(365)) > 0) {
                throw new IllegalArgumentException(name + " must be at most a year: " + d);
            }
            return d;
        }
    }
}
