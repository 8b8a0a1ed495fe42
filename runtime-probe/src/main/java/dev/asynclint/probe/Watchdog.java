package dev.asynclint.probe;

import dev.asynclint.runtime.Clock;
import dev.asynclint.runtime.LoopActivity;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that finds long tasks without any help from the loop thread beyond its activity
 * word ({@link LoopActivity}). It ticks every sample interval: it keeps a coarse copy of the loop
 * clock (so the loop thread need not read the clock per drain), and when the same task is still
 * running on two consecutive ticks and may be near the threshold, it samples the loop thread's
 * stack, which then shows the frame that blocks. While a sampled task runs it checks every 0.1 ms
 * for its end, and reports the task once it has ended.
 */
final class Watchdog {

  /**
   * How often a sampled task is checked for its end: the precision of a long task's end time (the
   * loop thread does not report ends). It costs wake-ups of this thread only while a task that is
   * probably long runs.
   */
  private static final long END_CHECK_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

  /** A loop being watched. */
  private record Attachment(Thread thread, Clock clock, LoopActivity activity, long attachedAt) {}

  private final Probe probe;
  private final Thread thread;
  private final long intervalNanos;

  /**
   * A task is sampled once it may have run this long: two intervals short of the long-task
   * threshold, so any task that reaches the threshold is still sampled while it runs, but one that
   * runs 10 ms against a 50 ms threshold does not stop the loop thread for a stack walk.
   */
  private final long sampleAfterNanos;

  private volatile boolean stopped;
  private volatile Attachment attachment;

  /** Held by a tick and by {@link #detach}, so a loop's last task is reported exactly once. */
  private final Object lock = new Object();

  // Guarded by lock.
  private Attachment seen;
  private long lastWord;
  private long lastTick;

  /** The task seen running (its word; 0 for none), and what is known of it. */
  private long taskWord;

  private long taskStartedAfter;
  private String taskPhase = "";
  private StackTraceElement[] taskSample;
  private int taskSamples;
  private long nextSampleAt;

  volatile long coarseNow;
  volatile long samples;

  /** Created (and started) with the probe, so a loop does not pay for a thread start. */
  Watchdog(Probe probe, long intervalMillis, long longTaskNanos) {
    this.probe = probe;
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    this.sampleAfterNanos = Math.max(0, longTaskNanos - 2 * intervalNanos);
    this.thread = new Thread(this::run, "asynclint-probe-watchdog");
    thread.setDaemon(true);
  }

  /**
   * Starts watching a loop; ticks until then do nothing. Returns false, and changes nothing, while
   * another loop is watched: one watchdog follows one activity word.
   */
  boolean attach(Thread loopThread, Clock clock, LoopActivity activity) {
    synchronized (lock) {
      if (attachment != null) {
        return false;
      }
      long now = clock.nanoTime();
      coarseNow = now;
      attachment = new Attachment(loopThread, clock, activity, now);
      return true;
    }
  }

  /** Whether {@code thread} runs the watched loop. */
  boolean watches(Thread thread) {
    Attachment at = attachment;
    return at != null && at.thread() == thread;
  }

  /**
   * The watched loop, on the calling thread, has ended (its activity is idle): reports its last
   * task if that was a long one, on this thread, so the event is queued before the loop's final
   * flush.
   */
  void detach() {
    synchronized (lock) {
      Attachment at = attachment;
      attachment = null;
      if (at != null && at == seen && taskWord != 0) {
        endTask(at, at.clock().nanoTime());
      }
      seen = null;
    }
  }

  void start() {
    thread.start();
  }

  void stop() {
    stopped = true;
    LockSupport.unpark(thread);
  }

  private void run() {
    while (!stopped) {
      long pause = intervalNanos;
      synchronized (lock) {
        try {
          pause = tick();
        } catch (RuntimeException e) {
          probe.internalError();
        }
      }
      LockSupport.parkNanos(this, pause);
    }
  }

  /** One look at the loop; returns how long to wait for the next. */
  private long tick() {
    Attachment at = attachment;
    if (at == null) {
      return intervalNanos;
    }
    if (at != seen) {
      // A new loop (possibly on another clock): every task started after its attach. Without
      // this bound the first task was taken to have run for an unknown time and stack-walked on
      // the first ticks of every loop (measured: 5-9% of a 10 ms loop run, at a 5 ms interval).
      seen = at;
      lastTick = at.attachedAt();
      lastWord = 0;
      taskWord = 0;
    }
    LoopActivity activity = at.activity();
    long now = at.clock().nanoTime();
    coarseNow = now;
    long word = activity.word();
    if (taskWord != 0 && word != taskWord) {
      endTask(at, now);
    }
    boolean running = LoopActivity.isTask(word);
    if (running && word != lastWord) {
      // Not running when the last tick read the clock: it started after that, and after the
      // loop time of its phase. Both are lower bounds; the later one is the closer.
      taskWord = word;
      taskStartedAfter = Math.max(lastTick, activity.loopTimeNanos());
      taskPhase = LoopActivity.phaseOf(word);
      taskSample = null;
      taskSamples = 0;
      nextSampleAt = 0;
    }
    boolean sameTaskAgain = running && word == lastWord;
    lastWord = word;
    lastTick = now;
    if (!sameTaskAgain || now - taskStartedAfter < sampleAfterNanos) {
      return intervalNanos;
    }
    // Same task as on the last tick and it may be near the threshold: sample it once per
    // interval of real time (the loop clock may be virtual), so the event carries where it is
    // stuck most recently, and check often for its end.
    long real = System.nanoTime();
    if (real - nextSampleAt >= 0 || taskSamples == 0) {
      nextSampleAt = real + intervalNanos;
      StackTraceElement[] stack = at.thread().getStackTrace();
      if (activity.word() == word) {
        taskSample = stack;
        taskSamples++;
        samples++;
      } // else the task ended meanwhile: the stack shows something else
    }
    return Math.min(END_CHECK_NANOS, intervalNanos);
  }

  /**
   * The task seen running has ended by {@code now}. Heuristic: only a task the watchdog sampled can
   * be reported (it then has a stack); a watchdog starved of CPU can make us miss a long task, and
   * makes its end known late.
   */
  private void endTask(Attachment at, long now) {
    if (taskSamples > 0) {
      probe.taskEnded(
          at.thread().getName(), taskPhase, now - taskStartedAfter, taskSample, taskSamples);
    }
    taskWord = 0;
    taskSample = null;
    taskSamples = 0;
  }
}
