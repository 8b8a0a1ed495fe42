package dev.asynclint.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * libuv's thread pool: a fixed number of threads, started on first use, taking work in FIFO order.
 * Work that finds every thread busy waits in the queue; that wait is what {@code
 * UV_THREADPOOL_SIZE} tunes.
 */
final class ThreadPool {
  /** libuv's default and upper bound (src/threadpool.c: default_threads, MAX_THREADPOOL_SIZE). */
  static final int DEFAULT_SIZE = 4;

  static final int MAX_SIZE = 1024;

  private final EventLoop loop;
  private final int size;
  private final LinkedBlockingQueue<Work<?>> queue = new LinkedBlockingQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;

  ThreadPool(EventLoop loop, int size) {
    this.loop = loop;
    this.size = size;
  }

  /**
   * The pool size libuv derives from {@code UV_THREADPOOL_SIZE}: unset means 4; like libuv's atoi,
   * text that is not a number counts as 0, and 0 or less becomes 1; more than 1024 is clamped to
   * 1024.
   */
  static int sizeFrom(String env) {
    if (env == null) {
      return DEFAULT_SIZE;
    }
    long n;
    try {
      n = Long.parseLong(env.trim());
    } catch (NumberFormatException e) {
      n = 0;
    }
    return (int) Math.max(1, Math.min(MAX_SIZE, n));
  }

  int size() {
    return size;
  }

  boolean started() {
    synchronized (threads) {
      return !threads.isEmpty();
    }
  }

  <T> void submit(String name, Callable<T> task, Callback<T> done, List<StackTraceElement> site) {
    startOnce();
    queue.add(new Work<>(name, task, done, site, loop.clock().nanoTime()));
  }

  private void startOnce() {
    synchronized (threads) {
      if (!threads.isEmpty()) {
        return;
      }
      for (int i = 0; i < size; i++) {
        Thread t = new Thread(this::work, "asynclint-pool-" + i);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    }
  }

  private void work() {
    while (!stopped) {
      Work<?> w;
      try {
        w = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (w.task == null) {
        return;
      }
      run(w);
    }
  }

  private <T> void run(Work<T> w) {
    if (loop.observed) {
      long waited = loop.clock().nanoTime() - w.enqueuedNanos;
      loop.observer.poolWorkStarted(w.name, waited, size, queue.size(), w.site);
    }
    T value = null;
    Throwable error = null;
    try {
      value = w.task.call();
    } catch (Exception | Error e) {
      error = e;
    }
    Throwable err = error;
    T val = value;
    loop.complete(() -> w.done.done(err, val));
  }

  /** Stops the threads once they finish their current work; queued work is dropped. */
  void stop() {
    stopped = true;
    queue.clear();
    synchronized (threads) {
      for (int i = 0; i < threads.size(); i++) {
        queue.add(new Work<>("stop", null, null, List.of(), 0));
      }
    }
  }

  private record Work<T>(
      String name,
      Callable<T> task,
      Callback<T> done,
      List<StackTraceElement> site,
      long enqueuedNanos) {}
}
