package dev.asynclint.runtime;

/**
 * A timer created by {@link EventLoop#setTimeout} or {@link EventLoop#setInterval}. Like Node's
 * {@code Timeout}: an active, ref'ed timer keeps the loop alive; {@link #unref()} lets the loop
 * exit while it is still pending.
 */
public final class Timeout {
  final EventLoop loop;
  final Runnable callback;
  final long delayNanos;
  final boolean repeat;
  final long seq;
  long dueNanos;
  boolean refed = true;
  boolean active = true;
  boolean queued;

  Timeout(EventLoop loop, Runnable callback, long delayNanos, boolean repeat, long seq) {
    this.loop = loop;
    this.callback = callback;
    this.delayNanos = delayNanos;
    this.repeat = repeat;
    this.seq = seq;
  }

  /** Lets the timer keep the loop alive (the default). */
  public Timeout ref() {
    if (!refed) {
      refed = true;
      if (active) {
        loop.refedTimers++;
      }
    }
    return this;
  }

  /** Lets the loop exit while this timer is still pending. */
  public Timeout unref() {
    if (refed) {
      refed = false;
      if (active) {
        loop.refedTimers--;
      }
    }
    return this;
  }

  /** Whether this timer keeps the loop alive while pending. */
  public boolean hasRef() {
    return refed;
  }

  /** Whether the timer will still fire. */
  public boolean isActive() {
    return active;
  }

  /** Same as {@link EventLoop#clearTimeout(Timeout)}. */
  public void close() {
    loop.clearTimeout(this);
  }
}
