package dev.asynclint.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What an observed loop's thread is doing, published for a watchdog on another thread with no call
 * and no check on the loop thread per callback: an activity word and the loop's cached time.
 *
 * <p>The word changes each time a <em>task</em> starts: bit 0 is set while a task runs and clear
 * while the loop is between phases or waits in poll, bits 1-3 name the task's phase, and the bits
 * above count tasks, so no two tasks of a loop share a word. A task is a callback with the
 * nextTick/microtask drain that follows it, as in the browser's definition of a long task: a
 * promise reaction that blocks holds the loop just as long. So a watchdog that reads the same
 * running word on two ticks knows that one task ran all the time between them. The loop thread pays
 * one store per callback for it (the word is kept in the {@link EventLoop} itself; see its invoke).
 *
 * <p>Only the loop thread writes, with release stores: a reader that acquires the word also sees
 * the loop time published before it. The loop publishes only while an observer is attached.
 */
public final class LoopActivity {
  static final int MAIN = 0;
  static final int TIMERS = 1;
  static final int PENDING = 2;
  static final int POLL = 3;
  static final int CHECK = 4;
  static final int CLOSE = 5;

  private static final String[] PHASES = {"main", "timers", "pending", "poll", "check", "close"};
  private static final int PHASE_SHIFT = 1;
  private static final long PHASE_MASK = 7L << PHASE_SHIFT;

  /** Added to a task's word for the next task of the same phase: the count above the phase. */
  static final long NEXT_TASK = 16;

  private static final VarHandle LOOP_TIME;

  static {
    try {
      LOOP_TIME = MethodHandles.lookup().findVarHandle(LoopActivity.class, "loopTime", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final EventLoop loop;

  // Volatile only so that the VarHandle may use release/acquire; never a volatile (fenced) store.
  @SuppressWarnings("unused")
  private volatile long loopTime;

  LoopActivity(EventLoop loop) {
    this.loop = loop;
  }

  /** Whether {@code word} (from {@link #word()}) means a task is running. */
  public static boolean isTask(long word) {
    return (word & 1) != 0;
  }

  /** The phase of the task (or of the last task) in {@code word}: "main", "timers", "pending"... */
  public static String phaseOf(long word) {
    int phase = (int) ((word & PHASE_MASK) >>> PHASE_SHIFT);
    return phase < PHASES.length ? PHASES[phase] : "unknown";
  }

  /** The activity word: a new running word for each task, or an idle one. */
  public long word() {
    return loop.activityWord();
  }

  /** The loop's cached time when it last read the clock: at most the start of the current task. */
  public long loopTimeNanos() {
    return (long) LOOP_TIME.getAcquire(this);
  }

  /**
   * A running word in {@code phase} whose count is that of {@code current}: the next task's word is
   * this plus {@link #NEXT_TASK}, above every word used so far.
   */
  static long taskWordBase(long current, int phase) {
    return (current & ~(PHASE_MASK | 1)) | ((long) phase << PHASE_SHIFT) | 1;
  }

  /** {@code word} with no task running. */
  static long idle(long word) {
    return word & ~1L;
  }

  /** Loop thread: the loop's time changed. */
  void publishLoopTime(long loopTimeNanos) {
    LOOP_TIME.setRelease(this, loopTimeNanos);
  }
}
