package dev.asynclint.probe;

import dev.asynclint.runtime.Clock;
import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.LoopActivity;
import dev.asynclint.runtime.LoopObserver;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The runtime probe: attached to an {@link EventLoop} (off by default), it records long tasks,
 * writes that ignore backpressure, tick/microtask starvation and thread-pool queueing as JSON lines
 * (runtime-probe/PROBE-EVENTS.md). Turn it on with {@code
 * EventLoop.builder().observer(Probe.create(options))}, or for any program that calls {@link
 * #fromSystemProperty()} with {@code -Dasynclint.probe=events.jsonl}.
 *
 * <p>Long tasks are found by a watchdog thread that reads the loop's {@link LoopActivity}: the loop
 * makes no probe call per callback. The other events are built where they happen and offered to a
 * bounded queue; a writer thread encodes and writes them. Nothing the probe does throws into the
 * program.
 */
public final class Probe implements LoopObserver, AutoCloseable {
  /** The system property that switches the probe on: the events file. */
  public static final String PROPERTY = "asynclint.probe";

  private static final double NANOS_PER_MS = TimeUnit.MILLISECONDS.toNanos(1);

  private final ProbeOptions options;
  private final EventWriter writer;
  private final long longTaskNanos;
  private final long drainMaxNanos;
  private final long poolQueuedNanos;
  private final java.util.concurrent.atomic.AtomicLong internalErrors =
      new java.util.concurrent.atomic.AtomicLong();
  private final Watchdog watchdog;
  private Clock clock = Clock.system();
  private String loopThreadName = "";
  private final Thread shutdownHook;

  private long drainStart;

  private Probe(ProbeOptions options) {
    this.options = options;
    this.writer = new EventWriter(options.events(), options.queueCapacity());
    this.longTaskNanos = TimeUnit.MILLISECONDS.toNanos(options.longTaskMillis());
    this.drainMaxNanos = TimeUnit.MILLISECONDS.toNanos(options.tickDrainMaxMillis());
    this.poolQueuedNanos = TimeUnit.MILLISECONDS.toNanos(options.poolQueuedMillis());
    this.watchdog = new Watchdog(this, options.sampleIntervalMillis(), this.longTaskNanos);
    this.shutdownHook = new Thread(writer::close, "asynclint-probe-flush");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * A probe writing to {@code options.events()}; attach it to one loop at a time (loops that run
   * one after another may share it and its events file). A loop that starts while another runs with
   * the probe is not watched, and counts as an internal error in {@link #stats()}.
   */
  public static Probe create(ProbeOptions options) {
    Probe probe = new Probe(options);
    probe.watchdog.start();
    return probe;
  }

  /** A probe with default thresholds if {@code -Dasynclint.probe=FILE} is set. */
  public static Optional<Probe> fromSystemProperty() {
    String file = System.getProperty(PROPERTY);
    if (file == null || file.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(create(ProbeOptions.defaults(Path.of(file))));
  }

  /** Counters: written, dropped, stack samples, swallowed errors. */
  public ProbeStats stats() {
    return new ProbeStats(
        writer.written(),
        writer.dropped(),
        watchdog.samples,
        internalErrors.get() + writer.errors());
  }

  /** Waits until the events recorded so far are written. */
  public void flush() {
    writer.flush(5_000);
  }

  /** Stops sampling, writes what is queued and closes the file. */
  @Override
  public void close() {
    watchdog.stop();
    writer.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or has run.
    }
  }

  /** The options in use. */
  public ProbeOptions options() {
    return options;
  }

  // ---------------------------------------------------------------- LoopObserver

  @Override
  public void loopStarted(Thread loopThread, Clock loopClock, LoopActivity activity) {
    try {
      if (!watchdog.attach(loopThread, loopClock, activity)) {
        // Another loop runs with this probe: this one is not watched, and its loop-thread
        // events are dropped (they would carry the other loop's name and drain clock).
        internalError();
        return;
      }
      this.clock = loopClock;
      this.loopThreadName = loopThread.getName();
    } catch (RuntimeException e) {
      internalError();
    }
  }

  @Override
  public void loopEnded() {
    if (onWatchedLoop()) {
      watchdog.detach();
      writer.flush(5_000);
    }
  }

  /** Whether the calling thread runs the loop this probe watches (for loop-thread hooks). */
  private boolean onWatchedLoop() {
    return watchdog.watches(Thread.currentThread());
  }

  /**
   * The watchdog's report of a task it sampled while it ran, once it has ended (on the watchdog
   * thread, or on the loop thread when the loop ends): a long task if it ran past the threshold.
   */
  void taskEnded(
      String thread, String phase, long durationNanos, StackTraceElement[] sample, int samples) {
    if (durationNanos < longTaskNanos) {
      return;
    }
    try {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("phase", phase);
      detail.put("thresholdMs", options.longTaskMillis());
      detail.put("samples", samples);
      emit("long-task", thread, durationNanos / NANOS_PER_MS, loopFrames(sample), detail);
    } catch (RuntimeException e) {
      internalError();
    }
  }

  @Override
  public void drainStarted(long loopTimeNanos) {
    if (!onWatchedLoop()) {
      return;
    }
    // The watchdog's coarse clock (one interval of precision) instead of a clock read per drain.
    drainStart = Math.max(loopTimeNanos, watchdog.coarseNow);
  }

  @Override
  public boolean drainOverBound(int callbacks) {
    // Called every 256 callbacks; time comes from the watchdog's coarse clock.
    return (callbacks > options.tickDrainMaxCallbacks()
            || watchdog.coarseNow - drainStart > drainMaxNanos)
        && onWatchedLoop();
  }

  @Override
  public void tickStarvation(
      int callbacks, boolean timersDue, boolean ioPending, List<StackTraceElement> site) {
    if (!timersDue && !ioPending) {
      return; // a long drain that kept nothing waiting starves nobody
    }
    if (!onWatchedLoop()) {
      return;
    }
    try {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("callbacks", callbacks);
      detail.put("timersDue", timersDue);
      detail.put("ioPending", ioPending);
      detail.put("boundCallbacks", options.tickDrainMaxCallbacks());
      detail.put("boundMs", options.tickDrainMaxMillis());
      emit(
          "tick-starvation",
          loopThreadName,
          (clock.nanoTime() - drainStart) / NANOS_PER_MS,
          frames(site),
          detail);
    } catch (RuntimeException e) {
      internalError();
    }
  }

  @Override
  public void writeAfterBackpressure(
      String streamType, long bufferedBytes, long highWaterMark, List<StackTraceElement> caller) {
    if (!onWatchedLoop()) {
      return;
    }
    try {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("stream", streamType);
      detail.put("bufferedBytes", bufferedBytes);
      detail.put("highWaterMark", highWaterMark);
      emit("backpressure-ignored", loopThreadName, 0, frames(caller), detail);
    } catch (RuntimeException e) {
      internalError();
    }
  }

  @Override
  public void poolWorkStarted(
      String work, long queuedNanos, int poolSize, int stillQueued, List<StackTraceElement> site) {
    if (queuedNanos < poolQueuedNanos) {
      return;
    }
    try {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("work", work);
      detail.put("poolSize", poolSize);
      detail.put("stillQueued", stillQueued);
      detail.put("thresholdMs", options.poolQueuedMillis());
      emit(
          "threadpool-queued",
          Thread.currentThread().getName(),
          queuedNanos / NANOS_PER_MS,
          frames(site),
          detail);
    } catch (RuntimeException e) {
      internalError();
    }
  }

  // ---------------------------------------------------------------- internals

  void internalError() {
    internalErrors.incrementAndGet();
  }

  private void emit(
      String kind,
      String thread,
      double durationMs,
      List<Frame> stack,
      Map<String, Object> detail) {
    writer.offer(new ProbeEvent(Instant.now(), kind, thread, durationMs, stack, detail));
  }

  private static List<Frame> frames(List<StackTraceElement> elements) {
    List<Frame> out = new ArrayList<>(elements.size());
    for (StackTraceElement e : elements) {
      out.add(Frame.of(e));
    }
    return out;
  }

  /** A sampled loop-thread stack down to (not including) the loop's own dispatch frames. */
  private static List<Frame> loopFrames(StackTraceElement[] stack) {
    List<Frame> out = new ArrayList<>();
    for (StackTraceElement e : stack) {
      if (e.getClassName().equals(EventLoop.class.getName()) || out.size() == 64) {
        break;
      }
      out.add(Frame.of(e));
    }
    return out;
  }
}
