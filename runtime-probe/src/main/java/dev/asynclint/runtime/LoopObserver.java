package dev.asynclint.runtime;

import java.util.List;

/**
 * What an {@link EventLoop} tells an attached observer (the probe). All methods have empty
 * defaults; the loop calls none of them when no observer is attached, and none per callback (the
 * {@link LoopActivity} passed at start shows which task runs). Methods named for the loop run on
 * the loop thread, {@link #poolWorkStarted} on a pool thread. Implementations must be cheap and
 * must not throw.
 */
public interface LoopObserver {

  /**
   * The loop starts on {@code loopThread}. It publishes what it does in {@code activity} (read it
   * from another thread: the loop makes no observer call per callback).
   */
  default void loopStarted(Thread loopThread, Clock clock, LoopActivity activity) {}

  /** The loop has exited (normally or by an uncaught exception); its activity is idle. */
  default void loopEnded() {}

  /** A nextTick/microtask drain starts; {@code loopTimeNanos} is the loop's cached time. */
  default void drainStarted(long loopTimeNanos) {}

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
