package io.github.docsdk.runtime.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a response body to its reader as it arrives, as an {@link InputStream} over the HTTP client's own
 * buffers (no copy into one array), refusing bodies above a cap.
 *
 * <p>The stream is ready as soon as the headers are: a declared Content-Length above the cap fails the
 * exchange before any byte is read; a body growing past the cap fails the read that crosses it, with
 * {@link ResponseTooLargeException}. Only what has arrived and is not yet read is held.
 *
 * <p>A handler can be {@link #abort aborted} from another thread (a cancelled call): the body stops being
 * read, the connection is dropped, and the exchange (or the pending read) fails with the given exception.
 * A handler made with a read deadline aborts itself when a read would wait past it, with an
 * {@link HttpTimeoutException}: this covers a body that stalls after the headers, which
 * {@code HttpRequest.timeout} does not, without a timer thread. Every failure of the source surfaces from
 * {@code read} as a {@link BodyReadException}, so a reader can tell the transport's failures from its own.
 */
public final class CappedBodyHandler implements HttpResponse.BodyHandler<InputStream> {
    private final long maxBytes;
    private final long readDeadlineNanos;
    private final boolean hasReadDeadline;
    private Subscriber subscriber;
    private Throwable abortedWith;

    /** @param maxBytes the largest body accepted, in bytes (on the wire, before decompression) */
    public CappedBodyHandler(long maxBytes) {
        this.maxBytes = maxBytes;
        this.readDeadlineNanos = 0;
        this.hasReadDeadline = false;
    }

    /**
     * @param maxBytes the largest body accepted, in bytes (on the wire, before decompression)
     * @param readDeadlineNanos a {@link System#nanoTime()} instant: a read still waiting for bytes then aborts
     *     the body with an {@link HttpTimeoutException}
     */
    public CappedBodyHandler(long maxBytes, long readDeadlineNanos) {
        this.maxBytes = maxBytes;
        this.readDeadlineNanos = readDeadlineNanos;
        this.hasReadDeadline = true;
    }

    @Override
    public BodySubscriber<InputStream> apply(ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
        Subscriber s = new Subscriber(this, maxBytes, declared);
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
     * @param reason what the exchange, or the read waiting for bytes, fails with
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

    /** A failure of the body's source (transport, cap, abort) met while reading it. */
    public static final class BodyReadException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyReadException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class Subscriber extends InputStream implements BodySubscriber<InputStream> {
        private static final ByteBuffer END = ByteBuffer.allocate(0);

        private final CompletableFuture<InputStream> body = new CompletableFuture<>();
        private final BlockingQueue<ByteBuffer> queue = new LinkedBlockingQueue<>();
        private final CappedBodyHandler handler;
        private final long maxBytes;
        private final long declared;
        private volatile Flow.Subscription subscription;
        private volatile Throwable failure;
        /** Bytes received so far; touched by the delivering thread only. */
        private long received;
        /** Reader state, touched by the reading thread only. */
        private ByteBuffer current;
        private boolean ended;

        Subscriber(CappedBodyHandler handler, long maxBytes, long declared) {
            this.handler = handler;
            this.maxBytes = maxBytes;
            this.declared = declared;
        }

        @Override
        public CompletionStage<InputStream> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (body.isDone()) {
                s.cancel(); // aborted before the body started
                return;
            }
            if (declared > maxBytes) {
                s.cancel();
                body.completeExceptionally(new ResponseTooLargeException(maxBytes, "Content-Length " + declared));
                return;
            }
            body.complete(this);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (failure != null) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (n == 0) {
                    continue;
                }
                received += n;
                if (received > maxBytes) {
                    subscription.cancel();
                    fail(new ResponseTooLargeException(maxBytes, "received more than the limit"));
                    return;
                }
                queue.add(item);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!body.completeExceptionally(throwable)) {
                fail(throwable);
            }
        }

        @Override
        public void onComplete() {
            queue.add(END);
        }

        void abort(Throwable reason) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            if (!body.completeExceptionally(reason)) {
                fail(reason);
            }
        }

        private void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            }
            queue.clear(); // what is left will never be read
            queue.add(END);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if ((current == null || !current.hasRemaining()) && !advance()) {
                return -1;
            }
            int n = Math.min(len, current.remaining());
            current.get(b, off, n);
            return n;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.remaining();
        }

        /** @return false at the end of the body */
        private boolean advance() throws IOException {
            while (true) {
                Throwable f = failure;
                if (f != null) {
                    throw new BodyReadException(f);
                }
                if (ended) {
                    return false;
                }
                ByteBuffer next;
                try {
                    next = handler.hasReadDeadline ? nextBefore(handler.readDeadlineNanos) : queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    InterruptedIOException io = new InterruptedIOException("interrupted while reading the body");
                    io.initCause(e);
                    throw new BodyReadException(io);
                }
                if (next == END) {
                    ended = failure == null;
                    continue;
                }
                current = next;
                return true;
            }
        }

        /** @return the next item, or END once the deadline passed (the body is then aborted) */
        private ByteBuffer nextBefore(long deadlineNanos) throws InterruptedException {
            ByteBuffer next = queue.poll();
            if (next != null) {
                return next;
            }
            next = queue.poll(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next != null) {
                return next;
            }
            handler.abort(new HttpTimeoutException("call deadline passed while reading the body"));
            return END;
        }

        /** Stops the exchange if the body was not read to its end (the connection is then not reused). */
        @Override
        public void close() {
            if (!ended) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
                ended = true;
                queue.clear();
            }
        }
    }
}
