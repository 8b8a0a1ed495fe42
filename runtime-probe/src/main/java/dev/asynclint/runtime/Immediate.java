package dev.asynclint.runtime;

/** A callback queued by {@link EventLoop#setImmediate}; cancel it with {@link #close()}. */
public final class Immediate {
  final EventLoop loop;
  final Runnable callback;
  boolean refed = true;
  boolean active = true;

  Immediate(EventLoop loop, Runnable callback) {
    this.loop = loop;
    this.callback = callback;
  }

  /** Lets the loop exit while this immediate is still queued. */
  public Immediate unref() {
    if (refed && active) {
      loop.refedImmediates--;
    }
    refed = false;
    return this;
  }

  /** Keeps the loop alive while queued (the default). */
  public Immediate ref() {
    if (!refed && active) {
      loop.refedImmediates++;
    }
    refed = true;
    return this;
  }

  /** Same as {@link EventLoop#clearImmediate(Immediate)}. */
  public void close() {
    loop.clearImmediate(this);
  }
}
