package com.example.bmc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import javax.annotation.processing.Generated;

/**
 * The pages of a paginated action for the asynchronous client, fetched one at a time without
 * blocking a thread: the next page is requested only once the previous one has arrived and been
 * handed on. Nothing is fetched before a walk starts, and each walk starts again at the
 * request's page. Stops after an empty page or once {@code totalCount} items have been seen
 * (without a total: after a page shorter than the first).
 *
 * @param <R> the response type
 * @param <T> the type of the items listed in each response
 */
@Generated("io.github.docsdk")
public final class AsyncPaginator<R, T> {
    private final long firstPage;

    private final LongFunction<? extends CompletableFuture<? extends R>> fetch;

    private final Function<? super R, ? extends List<? extends T>> items;

    private final Function<? super R, Long> totalCount;

    AsyncPaginator(long firstPage, LongFunction<? extends CompletableFuture<? extends R>> fetch,
            Function<? super R, ? extends List<? extends T>> items,
            Function<? super R, Long> totalCount) {
        this.firstPage = firstPage;
        this.fetch = fetch;
        this.items = items;
        this.totalCount = totalCount;
    }

    /**
     * Fetches the pages in order and hands each to {@code consumer}, requesting the next page only
     * after the consumer has returned. Cancelling the returned future stops the walk before the
     * next page is requested.
     *
     * @param consumer called with each page, on the thread that completed its call
     * @return a future completed once the last page has been consumed, or failed with the
     * first failure: a call's ({@code ZenlayerServiceException}, {@code ZenlayerClientException})
     * or the consumer's
     */
    public CompletableFuture<Void> forEachPage(Consumer<? super R> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        Walk walk = new Walk(consumer);
        walk.fetchNext();
        return walk.result;
    }

    /**
     * Hands every item of every page, in order, to {@code consumer}, fetching pages as in
     * {@link #forEachPage(Consumer)}.
     *
     * @param consumer called with each item, on the thread that completed its page's call
     * @return a future completed once the last item has been consumed, or failed with the
     * first failure: a call's ({@code ZenlayerServiceException}, {@code ZenlayerClientException})
     * or the consumer's
     */
    public CompletableFuture<Void> forEachItem(Consumer<? super T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return forEachPage(page -> items.apply(page).forEach(consumer));
    }

    /**
     * Fetches every page and gathers their items, in order. Meant for listings known to be small;
     * prefer {@link #forEachItem(Consumer)} otherwise.
     *
     * @return a future of the items as an unmodifiable list, or failed with the first failing
     * call's exception ({@code ZenlayerServiceException}, {@code ZenlayerClientException})
     */
    public CompletableFuture<List<T>> collectItems() {
        List<T> all = new ArrayList<>();
        // pages are taken one after another, each callback seeing the previous one's additions
        return forEachItem(all::add).thenApply(finished -> Collections.unmodifiableList(all));
    }

    private final class Walk {
        private final Consumer<? super R> consumer;

        private final CompletableFuture<Void> result = new CompletableFuture<>();

        private long next = firstPage;

        private long seen;

        private long pageSize;

        private boolean done;

        Walk(Consumer<? super R> consumer) {
            this.consumer = consumer;
        }

        void fetchNext() {
            // a page whose future is already complete is taken in this loop rather than by
            // recursion, so a long walk cannot overflow the stack; the loop also ends the walk
            // the caller cancelled, before the next page is requested
            while (!result.isDone()) {
                CompletableFuture<? extends R> call;
                try {
                    call = Objects.requireNonNull(fetch.apply(next), "no call for page");
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                    return;
                }
                if (!call.isDone()) {
                    call.whenComplete((response, error) -> {
                        if (take(response, error)) {
                            fetchNext();
                        }
                    });
                    return;
                }
                R page = null;
                Throwable failure = null;
                try {
                    page = call.join();
                } catch (CompletionException | CancellationException e) {
                    failure = e;
                }
                if (!take(page, failure)) {
                    return;
                }
            }
        }

        private boolean take(R page, Throwable failure) {
            if (failure != null) {
                // the call's own exception, not the wrapper a dependent future adds
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
                return false;
            }
            try {
                int count = items.apply(page).size();
                if (next == firstPage) {
                    // pages before the first requested one count towards the total
                    seen = (firstPage - 1) * count;
                    pageSize = count;
                }
                seen += count;
                Long total = totalCount.apply(page);
                // without a total, a page shorter than the first is the last
                done = count == 0 || (total != null ? seen >= total : count < pageSize);
                next++;
                consumer.accept(page);
            } catch (Throwable e) {
                result.completeExceptionally(e);
                return false;
            }
            if (done) {
                result.complete(null);
                return false;
            }
            return true;
        }
    }
}
