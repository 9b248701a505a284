package io.github.docsdk.runtime;

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

/**
 * The pages of a paginated action for an asynchronous client, fetched one at a time without blocking a
 * thread: the next page is requested only once the previous one has arrived and been handed on. Nothing
 * is fetched before a walk starts, and each walk starts again at the request's page. Stops as
 * {@link Paginator} does.
 *
 * @param <R> the response type
 * @param <T> the type of the items listed in each response
 */
public final class AsyncPaginator<R, T> {
    private final PageRule<R> rule;
    private final LongFunction<? extends CompletableFuture<? extends R>> fetch;

    /**
     * @param firstPage the page to start at (1 for the first)
     * @param fetch calls the action for one page number
     * @param items a page's items
     * @param totalCount a page's total item count, null when absent
     */
    public AsyncPaginator(long firstPage, LongFunction<? extends CompletableFuture<? extends R>> fetch,
            Function<? super R, ? extends List<? extends T>> items, Function<? super R, Long> totalCount) {
        this.rule = new PageRule<>(firstPage, items, totalCount);
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /**
     * Fetches the pages in order and hands each to {@code consumer}, requesting the next page only after
     * the consumer has returned. Cancelling the returned future stops the walk before the next page is
     * requested.
     *
     * @param consumer called with each page, on the thread that completed its call
     * @return a future completed once the last page has been consumed, or failed with the first failure:
     *     a call's ({@code ZenlayerServiceException}, {@code ZenlayerClientException}) or the consumer's
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
     * @return a future completed once the last item has been consumed, or failed with the first failure
     */
    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> forEachItem(Consumer<? super T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return forEachPage(page -> ((List<T>) rule.items(page)).forEach(consumer));
    }

    /**
     * Fetches every page and gathers their items, in order. Meant for listings known to be small; prefer
     * {@link #forEachItem(Consumer)} otherwise.
     *
     * @return a future of the items as an unmodifiable list, or failed with the first failing call's
     *     exception
     */
    public CompletableFuture<List<T>> collectItems() {
        List<T> all = new ArrayList<>();
        // pages are taken one after another, each callback seeing the previous one's additions
        return forEachItem(all::add).thenApply(finished -> Collections.unmodifiableList(all));
    }

    private final class Walk {
        private final Consumer<? super R> consumer;
        private final CompletableFuture<Void> result = new CompletableFuture<>();
        private final PageRule<R>.Walk state = rule.walk();

        Walk(Consumer<? super R> consumer) {
            this.consumer = consumer;
        }

        void fetchNext() {
            // a page whose future is already complete is taken in this loop rather than by recursion, so
            // a long walk cannot overflow the stack; the loop also ends a walk the caller cancelled
            while (!result.isDone()) {
                CompletableFuture<? extends R> call;
                try {
                    call = Objects.requireNonNull(fetch.apply(state.next()), "no call for page");
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
                state.count(page);
                consumer.accept(page);
            } catch (Throwable e) {
                result.completeExceptionally(e);
                return false;
            }
            if (state.done()) {
                result.complete(null);
                return false;
            }
            return true;
        }
    }
}
