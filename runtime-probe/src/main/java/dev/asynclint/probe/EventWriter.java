package dev.asynclint.probe;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes probe events on its own daemon thread. Producers (the loop thread, pool threads) only
 * offer to a bounded queue: when it is full the event is dropped and counted, so the program is
 * never blocked and memory stays bounded. I/O errors stop writing; they are counted, never thrown
 * into the program.
 */
final class EventWriter implements AutoCloseable {
  private final ArrayBlockingQueue<ProbeEvent> queue;
  private final Path file;
  private final Thread thread;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final Object flushLock = new Object();
  private volatile boolean closing;
  private boolean dead;
  private long flushedUpTo;

  EventWriter(Path file, int capacity) {
    this.file = file;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::loop, "asynclint-probe-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues an event; never blocks. Returns false (and counts a drop) when the queue is full. */
  boolean offer(ProbeEvent e) {
    if (closing || !queue.offer(e)) {
      dropped.incrementAndGet();
      return false;
    }
    accepted.incrementAndGet();
    return true;
  }

  long written() {
    return written.get();
  }

  long dropped() {
    return dropped.get();
  }

  long errors() {
    return errors.get();
  }

  /** Waits (at most {@code timeoutMillis}) until every event queued so far is on disk. */
  void flush(long timeoutMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    long target = accepted.get();
    synchronized (flushLock) {
      while (flushedUpTo < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || dead) {
          return;
        }
        try {
          flushLock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    flush(5_000);
    closing = true;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    try (Writer out =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      while (true) {
        ProbeEvent e;
        try {
          e = queue.poll(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
          if (!closing) {
            continue;
          }
          e = queue.poll();
          if (e == null) {
            out.flush();
            return;
          }
        }
        if (e != null) {
          out.write(JsonLine.encode(e));
          out.write('\n');
          written.incrementAndGet();
        }
        if (queue.isEmpty()) {
          out.flush();
          synchronized (flushLock) {
            flushedUpTo = written.get();
            flushLock.notifyAll();
          }
          if (closing) {
            return;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Losing the event file must not hurt the program: count it and stop writing.
      errors.incrementAndGet();
    } finally {
      synchronized (flushLock) {
        dead = true;
        flushLock.notifyAll();
      }
    }
  }
}
