package io.github.docsdk.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paginated action, fetched lazily as iteration reaches them. Each iteration starts
 * again at the request's page. Stops after an empty page or once {@code totalCount} items have been
 * seen (without a total: after a page shorter than the first).
 *
 * <p>Generated clients create these in their {@code xxxPaginator} methods.
 *
 * @param <R> the response type
 * @param <T> the type of the items listed in each response
 */
public final class Paginator<R, T> implements Iterable<R> {
    private final PageRule<R> rule;
    private final LongFunction<? extends R> fetch;

    /**
     * @param firstPage the page to start at (1 for the first)
     * @param fetch calls the action for one page number
     * @param items a page's items
     * @param totalCount a page's total item count, null when absent
     */
    public Paginator(long firstPage, LongFunction<? extends R> fetch,
            Function<? super R, ? extends List<? extends T>> items, Function<? super R, Long> totalCount) {
        this.rule = new PageRule<>(firstPage, items, totalCount);
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /**
     * Starts a new iteration; nothing is fetched until {@code hasNext()} or {@code next()} needs a page.
     *
     * @return an iterator over the pages
     */
    @Override
    public Iterator<R> iterator() {
        return new Pages();
    }

    /**
     * The items of every page, in order, fetching pages as the stream is consumed.
     *
     * @return a sequential stream of the items
     */
    @SuppressWarnings("unchecked")
    public Stream<T> items() {
        return StreamSupport.stream(spliterator(), false)
                .flatMap(page -> ((List<T>) rule.items(page)).stream());
    }

    private final class Pages implements Iterator<R> {
        private final PageRule.Walk walk = rule.walk();

        @Override
        public boolean hasNext() {
            return !walk.done();
        }

        @Override
        public R next() {
            if (walk.done()) {
                throw new NoSuchElementException();
            }
            R page = fetch.apply(walk.next());
            walk.count(page);
            return page;
        }
    }
}
