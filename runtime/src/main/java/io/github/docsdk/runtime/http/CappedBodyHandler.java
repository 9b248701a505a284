package io.github.docsdk.runtime.http;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into one {@code byte[]}, refusing bodies above a cap.
 *
 * <p>The array grows with what actually arrives: a declared Content-Length sizes it only up to
 * {@link #MAX_PRESIZE_BYTES} (a server that declares 32 MiB and sends one byte costs 64 KiB, not 32 MiB) and
 * caps later growth so an honest length ends in an exact fit; a declared length above the cap fails before any
 * byte is read; reading stops as soon as the cap is crossed.
 *
 * <p>A handler can be {@link #abort aborted} from another thread (the call deadline): the body stops
 * being read, the connection is dropped, and the exchange fails with the given exception. This covers a
 * body that stalls after the headers, which {@code HttpRequest.timeout} does not.
 */
public final class CappedBodyHandler implements HttpResponse.BodyHandler<byte[]> {
    /** The most a declared Content-Length reserves before the bytes arrive. */
    public static final int MAX_PRESIZE_BYTES = 64 * 1024;

    private final long maxBytes;
    private Subscriber subscriber;
    private Throwable abortedWith;

    /** @param maxBytes the largest body accepted, in bytes (on the wire, before decompression) */
    public CappedBodyHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
        Subscriber s = new Subscriber(maxBytes, declared);
        Throwable abort;
        synchronized (this) {
            subscriber = s;
            abort = abortedWith;
        }
        if (abort != null) {
            s.abort(abort);
        }
        return s;
    }

    /**
     * Stops reading the body of the exchange this handler serves (or the next one it is applied to).
     *
     * @param reason what the exchange fails with
     */
    public void abort(Throwable reason) {
        Subscriber s;
        synchronized (this) {
            abortedWith = reason;
            s = subscriber;
        }
        if (s != null) {
            s.abort(reason);
        }
    }

    /** @return whether {@link #abort} was called */
    public synchronized boolean aborted() {
        return abortedWith != null;
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long maxBytes;
        private final long declared;
        private volatile Flow.Subscription subscription;
        private byte[] buffer;
        private int size;

        Subscriber(long maxBytes, long declared) {
            this.maxBytes = maxBytes;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel(); // aborted before the body started
                return;
            }
            if (declared > maxBytes) {
                s.cancel();
                result.completeExceptionally(new ResponseTooLargeException(maxBytes,
                        "Content-Length " + declared));
                return;
            }
            buffer = new byte[declared >= 0 ? (int) Math.min(declared, MAX_PRESIZE_BYTES) : 8192];
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if ((long) size + n > maxBytes) {
                    subscription.cancel();
                    buffer = null;
                    result.completeExceptionally(new ResponseTooLargeException(maxBytes,
                            "received more than the limit"));
                    return;
                }
                ensureCapacity(size + n);
                item.get(buffer, size, n);
                size += n;
            }
        }

        private void ensureCapacity(int needed) {
            if (needed > buffer.length) {
                long grown = Math.max((long) needed, (long) buffer.length * 2);
                if (declared >= needed) {
                    grown = Math.min(grown, declared); // the rest of an honest body fits exactly
                }
                byte[] bigger = new byte[(int) Math.min(grown, Math.min(maxBytes, Integer.MAX_VALUE - 8))];
                System.arraycopy(buffer, 0, bigger, 0, size);
                buffer = bigger;
            }
        }

        void abort(Throwable reason) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(reason);
        }

        @Override
        public void onError(Throwable throwable) {
            buffer = null;
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            byte[] out = buffer;
            buffer = null;
            if (out.length != size) {
                byte[] exact = new byte[size];
                System.arraycopy(out, 0, exact, 0, size);
                out = exact;
            }
            result.complete(out);
        }
    }
}
