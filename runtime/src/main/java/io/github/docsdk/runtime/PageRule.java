package io.github.docsdk.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * When a walk over pages stops, shared by {@link Paginator} and {@link AsyncPaginator} so the two can
 * never disagree: after an empty page, or once the items seen (counting the pages skipped before the
 * first requested one) reach the response's {@code totalCount}; without a total, after a page shorter
 * than the first one.
 */
final class PageRule<R> {
    private final long firstPage;
    private final Function<? super R, ? extends List<?>> items;
    private final Function<? super R, Long> totalCount;

    PageRule(long firstPage, Function<? super R, ? extends List<?>> items, Function<? super R, Long> totalCount) {
        if (firstPage < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + firstPage);
        }
        this.firstPage = firstPage;
        this.items = Objects.requireNonNull(items, "items");
        this.totalCount = Objects.requireNonNull(totalCount, "totalCount");
    }

    List<?> items(R page) {
        List<?> list = items.apply(page);
        return list == null ? List.of() : list;
    }

    Walk walk() {
        return new Walk();
    }

    /** The mutable state of one walk; not thread-safe (a walk is used by one thread at a time). */
    final class Walk {
        private long next = firstPage;
        private long seen;
        private long pageSize;
        private boolean done;

        long next() {
            return next;
        }

        boolean done() {
            return done;
        }

        /** Counts the fetched page in, decides whether it was the last, moves on. */
        void count(R page) {
            int count = items(page).size();
            if (next == firstPage) {
                // pages before the first requested one count towards the total
                seen = (firstPage - 1) * count;
                pageSize = count;
            }
            seen += count;
            Long total = totalCount.apply(page);
            done = count == 0 || (total != null ? seen >= total : count < pageSize);
            next++;
        }
    }
}
