package dev.asynclint.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when told to: by {@link #advance}, or by the loop when it would otherwise
 * sleep until the next timer. I/O and thread-pool work take no virtual time, so a program's timer
 * order is the same on every run.
 */
public final class VirtualClock implements Clock {
  private final AtomicLong now = new AtomicLong();

  @Override
  public long nanoTime() {
    return now.get();
  }

  /** Moves time forward, as if the caller had been busy for {@code millis}. */
  public void advance(long millis) {
    advanceNanos(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  /** Moves time forward by {@code nanos}. */
  public void advanceNanos(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("time only moves forward: " + nanos);
    }
    now.addAndGet(nanos);
  }

  /** Jumps to the next timer; waits for real only when no timer is pending (I/O only). */
  @Override
  public long beforeBlocking(long timeoutNanos) {
    if (timeoutNanos < 0) {
      return -1;
    }
    now.addAndGet(timeoutNanos);
    return 0;
  }
}
