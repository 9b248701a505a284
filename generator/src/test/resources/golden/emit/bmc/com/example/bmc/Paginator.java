package com.example.bmc;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.processing.Generated;

/**
 * The pages of a paginated action, fetched lazily as iteration reaches them. Each iteration
 * starts again at the request's page. Stops after an empty page or once {@code totalCount}
 * items have been seen (without a total: after a page shorter than the first).
 *
 * @param <R> the response type
 * @param <T> the type of the items listed in each response
 */
@Generated("io.github.docsdk")
public final class Paginator<R, T> implements Iterable<R> {
    private final long firstPage;

    private final LongFunction<? extends R> fetch;

    private final Function<? super R, ? extends List<? extends T>> items;

    private final Function<? super R, Long> totalCount;

    Paginator(long firstPage, LongFunction<? extends R> fetch,
            Function<? super R, ? extends List<? extends T>> items,
            Function<? super R, Long> totalCount) {
        this.firstPage = firstPage;
        this.fetch = fetch;
        this.items = items;
        this.totalCount = totalCount;
    }

    /**
     * Starts a new iteration; nothing is fetched until {@code hasNext()} or {@code next()}
     * needs a page.
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
    public Stream<T> items() {
        return StreamSupport.stream(spliterator(), false).flatMap(page -> items.apply(page).stream());
    }

    private final class Pages implements Iterator<R> {
        private long next = firstPage;

        private long seen;

        private long pageSize;

        private boolean done;

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public R next() {
            if (done) {
                throw new NoSuchElementException();
            }
            R page = fetch.apply(next);
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
            return page;
        }
    }
}
