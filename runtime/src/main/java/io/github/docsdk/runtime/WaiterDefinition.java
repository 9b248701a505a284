package io.github.docsdk.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a generated waiter waits for: where the items are in a reply of the polled action, their id and
 * status, which statuses mean success or failure, what a reply without items means, and the default
 * poll interval and maximum wait. It reads already decoded replies through the accessors it is given,
 * so it does not care how they were decoded. Immutable and thread-safe.
 *
 * <p>Each poll is an ordinary call of the client, with its retry rules: an error it retries (throttling,
 * a connection failure, a 5xx for a read-only action) is retried inside the poll; an error that
 * outlives them (a service error, a timeout of the call) ends the wait with that exception, because the
 * next poll would most likely get the same answer.
 *
 * @param <R> the response type of the polled action
 * @param <T> the type of the listed items
 */
public final class WaiterDefinition<R, T> {

    /** What a reply without items (the resource not visible, or gone) means. */
    public enum OnEmpty {
        /** Not visible yet: poll again. */
        KEEP_WAITING,
        /** Gone is what was awaited (a released resource). */
        SUCCESS,
        /** Gone means it will never get there. */
        FAILURE
    }

    private final String name;
    private final Function<? super R, ? extends List<? extends T>> items;
    private final Function<? super T, String> id;
    private final Function<? super T, String> status;
    private final Set<String> success;
    private final Set<String> failure;
    private final OnEmpty onEmpty;
    private final Duration pollInterval;
    private final Duration maxWait;

    private WaiterDefinition(Builder<R, T> b) {
        this.name = b.name;
        this.items = Objects.requireNonNull(b.items, "items");
        this.id = b.id;
        this.status = Objects.requireNonNull(b.status, "status");
        this.success = Collections.unmodifiableSet(new LinkedHashSet<>(b.success));
        this.failure = Collections.unmodifiableSet(new LinkedHashSet<>(b.failure));
        this.onEmpty = b.onEmpty;
        this.pollInterval = Objects.requireNonNull(b.pollInterval, "pollInterval");
        this.maxWait = Objects.requireNonNull(b.maxWait, "maxWait");
        if (success.isEmpty() && onEmpty != OnEmpty.SUCCESS) {
            throw new IllegalArgumentException("waiter " + name + " can never succeed");
        }
    }

    /**
     * @param name the waiter's name, e.g. {@code InstanceRunning}
     * @param <R> the response type of the polled action
     * @param <T> the type of the listed items
     * @return a builder
     */
    public static <R, T> Builder<R, T> builder(String name) {
        return new Builder<>(name);
    }

    /** @return the waiter's name, e.g. {@code InstanceRunning} */
    public String name() {
        return name;
    }

    /** @return the default base interval between polls */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the default maximum wait */
    public Duration maxWait() {
        return maxWait;
    }

    /**
     * Polls on the calling thread until every item has a success status, one has a failure status, or the
     * maximum wait is reached (after a last poll at the deadline).
     *
     * @param overrides this wait's changes to the defaults
     * @param poll one call of the polled action
     * @return the last reply and the number of polls
     * @throws WaiterFailureException when an item reaches a failure status (or the list is empty and that
     *     is declared a failure)
     * @throws WaiterTimeoutException when the maximum wait is reached
     * @throws ZenlayerException what a poll threw after its own retries
     * @throws ZenlayerClientException when the thread is interrupted (its interrupt flag stays set)
     */
    public WaiterResponse<R> await(WaiterOverrides overrides, Supplier<? extends R> poll) {
        return new WaitLoop<>(this, overrides, poll).run();
    }

    /**
     * Polls without blocking a thread: each poll starts when the previous reply is judged and its delay
     * has passed on a timer. Cancelling the returned future stops the wait (and the poll in flight).
     *
     * @param overrides this wait's changes to the defaults
     * @param poll starts one call of the polled action
     * @return a future completed like {@link #await}'s result, or exceptionally with what it would throw
     */
    public CompletableFuture<WaiterResponse<R>> awaitAsync(WaiterOverrides overrides,
            Supplier<? extends CompletableFuture<? extends R>> poll) {
        return new AsyncWait<>(this, overrides, poll).start();
    }

    Duration pollInterval(WaiterOverrides o) {
        return o == null || o.pollInterval() == null ? pollInterval : o.pollInterval();
    }

    Duration maxWait(WaiterOverrides o) {
        return o == null || o.maxWait() == null ? maxWait : o.maxWait();
    }

    /** What one reply says about the wait. */
    Verdict judge(R reply) {
        List<? extends T> listed = reply == null ? null : items.apply(reply);
        if (listed == null || listed.isEmpty()) {
            switch (onEmpty) {
                case SUCCESS:
                    return Verdict.SUCCESS;
                case FAILURE:
                    return Verdict.failure("the awaited item", null);
                default:
                    return Verdict.keepWaiting("no item listed");
            }
        }
        StringBuilder seen = new StringBuilder();
        boolean all = true;
        int position = 0;
        for (T item : listed) {
            position++;
            String s = item == null ? null : status.apply(item);
            String label = label(item, position);
            if (s != null && failure.contains(s)) {
                return Verdict.failure(label, s);
            }
            all &= s != null && success.contains(s);
            if (seen.length() < 500) {
                seen.append(seen.length() == 0 ? "" : ", ").append(label).append('=').append(s);
            }
        }
        return all ? Verdict.SUCCESS : Verdict.keepWaiting(seen.toString());
    }

    private String label(T item, int position) {
        String itemId = item == null || id == null ? null : id.apply(item);
        return itemId != null ? itemId : "item " + position;
    }

    /** The judgement of one reply: success, failure (with the item and its status), or keep waiting. */
    static final class Verdict {
        static final Verdict SUCCESS = new Verdict(true, null, null, null);

        final boolean success;
        final String failedItem;
        final String failedStatus;
        final String seen;

        private Verdict(boolean success, String failedItem, String failedStatus, String seen) {
            this.success = success;
            this.failedItem = failedItem;
            this.failedStatus = failedStatus;
            this.seen = seen;
        }

        static Verdict keepWaiting(String seen) {
            return new Verdict(false, null, null, seen);
        }

        static Verdict failure(String item, String status) {
            return new Verdict(false, item, status, null);
        }

        boolean failed() {
            return failedItem != null;
        }
    }

    /**
     * Collects a definition.
     *
     * @param <R> the response type of the polled action
     * @param <T> the type of the listed items
     */
    public static final class Builder<R, T> {
        private final String name;
        private Function<? super R, ? extends List<? extends T>> items;
        private Function<? super T, String> id;
        private Function<? super T, String> status;
        private final List<String> success = new ArrayList<>();
        private final List<String> failure = new ArrayList<>();
        private OnEmpty onEmpty = OnEmpty.KEEP_WAITING;
        private Duration pollInterval = Duration.ofSeconds(5);
        private Duration maxWait = Duration.ofMinutes(10);

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * @param items the list of items in a reply ({@code null} reads as empty)
         * @return this builder
         */
        public Builder<R, T> items(Function<? super R, ? extends List<? extends T>> items) {
            this.items = items;
            return this;
        }

        /**
         * @param id an item's id, named in failures and timeouts
         * @return this builder
         */
        public Builder<R, T> id(Function<? super T, String> id) {
            this.id = id;
            return this;
        }

        /**
         * @param status an item's status as the service sent it
         * @return this builder
         */
        public Builder<R, T> status(Function<? super T, String> status) {
            this.status = status;
            return this;
        }

        /**
         * @param values statuses that mean an item has arrived
         * @return this builder
         */
        public Builder<R, T> success(String... values) {
            success.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param values statuses from which the awaited one cannot be reached
         * @return this builder
         */
        public Builder<R, T> failure(String... values) {
            failure.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param onEmpty what a reply without items means
         * @return this builder
         */
        public Builder<R, T> onEmpty(OnEmpty onEmpty) {
            this.onEmpty = Objects.requireNonNull(onEmpty, "onEmpty");
            return this;
        }

        /**
         * @param interval the default base interval between polls
         * @return this builder
         */
        public Builder<R, T> pollInterval(Duration interval) {
            this.pollInterval = WaiterOverrides.builder().pollInterval(interval).build().pollInterval();
            return this;
        }

        /**
         * @param wait the default maximum wait
         * @return this builder
         */
        public Builder<R, T> maxWait(Duration wait) {
            this.maxWait = WaiterOverrides.builder().maxWait(wait).build().maxWait();
            return this;
        }

        /** @return the definition */
        public WaiterDefinition<R, T> build() {
            return new WaiterDefinition<>(this);
        }
    }
}
