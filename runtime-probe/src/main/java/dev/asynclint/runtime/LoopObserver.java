package dev.asynclint.runtime;

import java.util.List;

/**
 * What an {@link EventLoop} tells an attached observer (the probe). All methods have empty
 * defaults; the loop calls none of them when no observer is attached. Methods named for the loop
 * run on the loop thread, {@link #poolWorkStarted} on a pool thread. Implementations must be cheap
 * and must not throw.
 */
public interface LoopObserver {

  /** The loop starts on {@code loopThread}. */
  default void loopStarted(Thread loopThread, Clock clock) {}

  /** The loop has exited (normally or by an uncaught exception). */
  default void loopEnded() {}

  /**
   * A callback starts in {@code phase} ("main", "timers", "pending", "poll", "check", "close");
   * {@code loopTimeNanos} is the loop's cached time, at most the real start.
   */
  default void callbackStarted(String phase, long loopTimeNanos) {}

  /**
   * The callback started last has returned (its nextTick/microtask drain follows); {@code phase}
   * and {@code loopTimeNanos} are those passed to {@link #callbackStarted}, so an observer need not
   * store them for every callback.
   */
  default void callbackEnded(String phase, long loopTimeNanos) {}

  /** A nextTick/microtask drain starts; {@code loopTimeNanos} is the loop's cached time. */
  default void drainStarted(long loopTimeNanos) {}

  /** The loop is about to wait for I/O or timers in its poll phase: no callback runs. */
  default void loopWaiting() {}

  /**
   * Called after each callback of a drain with the number run so far; returns true once the drain
   * has run past the observer's bound. The loop then records the next scheduling site.
   */
  default boolean drainOverBound(int callbacks) {
    return false;
  }

  /**
   * A drain that ran past the bound has ended.
   *
   * @param callbacks nextTick and microtask callbacks the drain ran
   * @param timersDue a timer was due when the drain ended
   * @param ioPending thread-pool completions were waiting when the drain ended
   * @param reschedulingSite the stack of the first nextTick/queueMicrotask call after the bound was
   *     passed (empty when nothing re-scheduled)
   */
  default void tickStarvation(
      int callbacks,
      boolean timersDue,
      boolean ioPending,
      List<StackTraceElement> reschedulingSite) {}

  /** {@code write()} was called on a stream whose previous write returned false, before 'drain'. */
  default void writeAfterBackpressure(
      String streamType, long bufferedBytes, long highWaterMark, List<StackTraceElement> caller) {}

  /** A thread-pool worker picked up work that had waited {@code queuedNanos} in the queue. */
  default void poolWorkStarted(
      String work, long queuedNanos, int poolSize, int stillQueued, List<StackTraceElement> site) {}

  /** Whether the loop should capture call sites (stack walks) for the hooks above. */
  default boolean wantsCallSites() {
    return true;
  }
}
