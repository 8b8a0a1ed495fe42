package dev.asynclint.probe;

import dev.asynclint.runtime.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that ticks every sample interval: it keeps a coarse copy of the loop clock (so
 * the loop thread need not read the clock per callback), and when the same callback is still
 * running on two consecutive ticks it samples the loop thread's stack, which then shows the frame
 * that blocks.
 */
final class Watchdog {

  private volatile Thread loopThread;
  private volatile Clock clock;
  private final long intervalNanos;

  /**
   * A callback is sampled once it may have run this long: two intervals short of the long-task
   * threshold, so any callback that reaches the threshold is still sampled while it runs, but one
   * that runs 10 ms against a 50 ms threshold does not stop the loop thread for a stack walk.
   */
  private final long sampleAfterNanos;

  private final Probe probe;
  private final Thread thread;
  private volatile boolean stopped;

  /** Clock reading when the loop attached, before its first callback: a bound on any start. */
  private volatile long attachedAt;

  /** Loops attached so far (written by the loop thread only, at attach). */
  private volatile int attachments;

  volatile long coarseNow;
  volatile long sampleSeq;
  volatile StackTraceElement[] sample = new StackTraceElement[0];
  volatile long samples;

  /** Samples taken of callback {@link #sampleSeq}. */
  volatile int samplesOfSeq;

  /** The callback first seen running on a tick, and the clock reading of the tick before it. */
  volatile long firstSeenSeq;

  volatile long startedAfter;

  /** Created (and started) with the probe, so a loop does not pay for a thread start. */
  Watchdog(Probe probe, long intervalMillis, long longTaskNanos) {
    this.probe = probe;
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    this.sampleAfterNanos = Math.max(0, longTaskNanos - 2 * intervalNanos);
    this.thread = new Thread(this::run, "asynclint-probe-watchdog");
    thread.setDaemon(true);
  }

  /** Starts watching {@code loopThread}; ticks until then do nothing. */
  void attach(Thread loopThread, Clock clock) {
    this.clock = clock;
    long now = clock.nanoTime();
    this.attachedAt = now;
    this.coarseNow = now;
    attachments++;
    // Last: a watchdog that sees the thread sees this attachment's time and count.
    this.loopThread = loopThread;
  }

  /** The loop has ended: ticks do nothing until the next attach. */
  void detach() {
    this.loopThread = null;
  }

  void start() {
    thread.start();
  }

  void stop() {
    stopped = true;
    LockSupport.unpark(thread);
  }

  private void run() {
    long lastRunning = 0;
    long lastTick = 0;
    int seenAttachments = 0;
    while (!stopped) {
      Thread watched = loopThread;
      if (watched == null) {
        LockSupport.parkNanos(this, intervalNanos);
        continue;
      }
      int attached = attachments;
      if (attached != seenAttachments) {
        // A new loop (possibly on another clock): every callback started after its attach.
        // Without this bound the first callback was taken to have run for an unknown time and
        // stack-walked on the first ticks of every loop (measured: 5-9% of a 10 ms loop run,
        // at a 5 ms interval).
        seenAttachments = attached;
        lastTick = attachedAt;
        lastRunning = 0;
      }
      try {
        long now = clock.nanoTime();
        coarseNow = now;
        long running = probe.runningSeq();
        if ((running & 1) != 0 && running != lastRunning) {
          // It was not running when the last tick read the clock: it started after that.
          startedAfter = lastTick;
          firstSeenSeq = running;
        }
        lastTick = now;
        // Same callback as on the last tick: it has run for at least one interval. Once it may
        // be near the threshold, sample it on every such tick, so the event carries where it
        // is stuck most recently.
        if ((running & 1) != 0
            && running == lastRunning
            && now - startedAfter >= sampleAfterNanos) {
          StackTraceElement[] stack = watched.getStackTrace();
          // Published before the mark: the loop reads them once it sees the mark.
          int count = sampleSeq == running ? samplesOfSeq + 1 : 1;
          StackTraceElement[] previous = sample;
          long previousSeq = sampleSeq;
          int previousCount = samplesOfSeq;
          samplesOfSeq = count;
          sample = stack;
          sampleSeq = running;
          if (probe.sampledWhileRunning(running)) {
            samples++;
          } else {
            // The callback ended meanwhile: the stack shows something else.
            samplesOfSeq = previousCount;
            sample = previous;
            sampleSeq = previousSeq;
          }
        }
        lastRunning = running;
      } catch (RuntimeException e) {
        probe.internalError();
      }
      LockSupport.parkNanos(this, intervalNanos);
    }
  }
}
