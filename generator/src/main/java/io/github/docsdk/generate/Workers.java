package io.github.docsdk.generate;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few daemon threads for one generation run, so that rendering files (and writing the model
 * JSON) use every core while the emitter is still building the next files. A short run is mostly
 * cold, interpreted code: spreading it over the cores is what shortens it. Closed at the end of
 * the run; results are always taken back in a fixed order, so the output never depends on which
 * thread did what.
 */
final class Workers implements AutoCloseable {

  /** More threads than this only add contention: the work is a few dozen files. */
  private static final int MAX_THREADS = 4;

  private final ExecutorService pool;

  private Workers(int threads) {
    AtomicInteger count = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "docsdk-generate-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** As many threads as cores (at most {@value #MAX_THREADS}). */
  static Workers start() {
    return new Workers(Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())));
  }

  <T> Future<T> submit(Callable<T> task) {
    return pool.submit(task);
  }

  /**
   * The task's result; what it threw is rethrown as it was (unchecked exceptions and errors),
   * checked ones wrapped.
   */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops the threads; tasks still queued (after a failure) are dropped. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
