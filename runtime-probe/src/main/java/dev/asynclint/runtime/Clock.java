package dev.asynclint.runtime;

/**
 * Time source of an {@link EventLoop}. The system clock is the default; {@link VirtualClock} makes
 * timer tests exact.
 */
public interface Clock {

  /** Monotonic time in nanoseconds. */
  long nanoTime();

  /**
   * Called when the poll phase is about to block for at most {@code timeoutNanos} ({@code -1}: no
   * timer pending). Returns how long the loop should really block; a virtual clock jumps to the
   * next timer instead of waiting and returns 0.
   */
  default long beforeBlocking(long timeoutNanos) {
    return timeoutNanos;
  }

  /** The real monotonic clock. */
  static Clock system() {
    return System::nanoTime;
  }
}
