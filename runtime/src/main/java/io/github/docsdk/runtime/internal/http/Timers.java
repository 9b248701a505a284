package io.github.docsdk.runtime.internal.http;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One timer thread per client for call deadlines and async backoff. Started on first use and ending by
 * itself when idle, so a client that is never closed leaks no thread and a closed client's last calls
 * still get their timers.
 */
public final class Timers {
    private final String threadName;
    private volatile ScheduledThreadPoolExecutor executor;

    /** @param threadName name of the timer thread */
    public Timers(String threadName) {
        this.threadName = threadName;
    }

    /**
     * @param task what to run
     * @param delayNanos when, from now
     * @return a handle to cancel the task (cancelled tasks leave the queue at once)
     */
    public ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        return executor().schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private ScheduledThreadPoolExecutor executor() {
        ScheduledThreadPoolExecutor e = executor;
        if (e == null) {
            synchronized (this) {
                e = executor;
                if (e == null) {
                    AtomicInteger n = new AtomicInteger();
                    e = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                    e.setRemoveOnCancelPolicy(true);
                    e.setKeepAliveTime(5, TimeUnit.SECONDS);
                    e.allowCoreThreadTimeOut(true);
                    executor = e;
                }
            }
        }
        return e;
    }
}
