package dev.asynclint.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A single-threaded event loop with Node.js semantics (DESIGN 10, spec/node-semantics).
 *
 * <p>{@link #run} runs {@code main} on the calling thread, which becomes the loop thread, then runs
 * due timers once and iterates: pending callbacks, idle/prepare, poll (socket I/O and thread-pool
 * completions; timeout 0 while immediates are queued, else until the next timer), check ({@code
 * setImmediate}), close callbacks, timers. After every callback the whole nextTick queue and then
 * the microtask queue are drained, repeatedly, until both are empty. The loop exits when no ref'ed
 * timer, immediate, handle or request keeps it alive.
 *
 * <p>Like Node, the loop is not thread-safe: call it only from its own callbacks.
 */
public final class EventLoop {
  private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

  /**
   * The observer is asked about a long drain every this many callbacks, not after each one:
   * starvation bounds are in the thousands, and per-callback calls would slow every drain.
   */
  private static final int DRAIN_CHECK_EVERY = 256;

  private static final VarHandle ACTIVITY_WORD;

  static {
    try {
      ACTIVITY_WORD =
          MethodHandles.lookup().findVarHandle(EventLoop.class, "activityWord", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Clock clock;
  final LoopObserver observer;
  final boolean observed;

  /**
   * The activity word of {@link LoopActivity}, here rather than there so that marking a task is a
   * store to the loop's own object; written (release) only while observed, on the loop thread.
   */
  @SuppressWarnings("unused") // accessed through ACTIVITY_WORD
  private volatile long activityWord;

  /** What the loop thread does, for the observer's watchdog. */
  private final LoopActivity activity = new LoopActivity(this);

  private final int poolSize;
  private final int defaultHighWaterMark;
  private final Handles handles = new Handles(this);

  private final TaskQueue<Runnable> ticks = new TaskQueue<>();
  private final TaskQueue<Runnable> microtasks = new TaskQueue<>();
  private final TaskQueue<Immediate> immediates = new TaskQueue<>();
  private final PriorityQueue<Timeout> timers =
      new PriorityQueue<>(
          Comparator.comparingLong((Timeout t) -> t.dueNanos).thenComparingLong(t -> t.seq));
  private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
  private final ArrayDeque<Runnable> closing = new ArrayDeque<>();
  private final ConcurrentLinkedQueue<Runnable> completions = new ConcurrentLinkedQueue<>();
  private final List<Promise<?>> unhandledRejections = new ArrayList<>();

  int refedTimers;
  int refedImmediates;
  private int queuedImmediates;
  int activeHandles;
  private int activeRequests;
  private long timerSeq;
  private long loopTime;
  private boolean stopped;
  private boolean captureSite;

  private List<StackTraceElement> capturedSite = List.of();
  private ThreadPool pool;
  private Selector selector;
  private volatile Thread loopThread;
  long bufferedBytes;
  long peakBufferedBytes;

  private EventLoop(Builder b) {
    this.clock = b.clock;
    this.observer = b.observer == null ? new LoopObserver() {} : b.observer;
    this.observed = b.observer != null;
    this.poolSize =
        b.threadPoolSize > 0
            ? ThreadPool.sizeFrom(Integer.toString(b.threadPoolSize))
            : ThreadPool.sizeFrom(System.getenv("UV_THREADPOOL_SIZE"));
    this.defaultHighWaterMark = b.defaultHighWaterMark;
  }

  /** A loop on the system clock, without a probe. */
  public static EventLoop create() {
    return builder().build();
  }

  /** Options: clock, thread-pool size, default stream highWaterMark, observer (probe). */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- scheduling API

  /** Runs {@code main}, then the loop until nothing keeps it alive. */
  public void run(Runnable main) {
    if (loopThread != null) {
      throw new IllegalStateException("a loop runs once");
    }
    loopThread = Thread.currentThread();
    if (observed) {
      observer.loopStarted(loopThread, clock, activity);
    }
    try {
      loopTime = clock.nanoTime();
      publishLoopTime();
      invoke(main, enterPhase(LoopActivity.MAIN) + LoopActivity.NEXT_TASK);
      if (alive() && !stopped) {
        runTimers();
      }
      while (alive() && !stopped) {
        runPending();
        // idle and prepare: this runtime registers no handles of those kinds.
        poll(pollTimeout());
        runImmediates();
        runClosing();
        runTimers();
      }
    } catch (CallbackFailedException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw new CallbackFailedException("uncaught exception in a loop callback", e);
    } finally {
      shutdown();
      if (observed) {
        // A task that threw ends here: invoke has no handler (see there).
        markIdle();
        observer.loopEnded();
      }
    }
  }

  /** Node's {@code process.nextTick}: runs before promise reactions, after this callback. */
  public void nextTick(Runnable callback) {
    if (captureSite) {
      captureSchedulingSite();
    }
    ticks.add(callback);
  }

  /** Queues a microtask (where promise reactions run), after the nextTick queue. */
  public void queueMicrotask(Runnable callback) {
    if (captureSite) {
      captureSchedulingSite();
    }
    microtasks.add(callback);
  }

  /** Runs {@code callback} once after {@code delayMillis} (0 or less means 1, as in Node). */
  public Timeout setTimeout(Runnable callback, long delayMillis) {
    return addTimer(callback, delayMillis, false);
  }

  /** Runs {@code callback} every {@code delayMillis} until cleared. */
  public Timeout setInterval(Runnable callback, long delayMillis) {
    return addTimer(callback, delayMillis, true);
  }

  /** Cancels a timeout or interval; clearing twice or after it fired is harmless. */
  public void clearTimeout(Timeout timeout) {
    if (timeout != null && timeout.active) {
      timeout.active = false;
      if (timeout.refed) {
        refedTimers--;
      }
    }
  }

  /** Same as {@link #clearTimeout}. */
  public void clearInterval(Timeout interval) {
    clearTimeout(interval);
  }

  /**
   * Runs {@code callback} in the check phase of this (or, if queued during check, the next)
   * iteration.
   */
  public Immediate setImmediate(Runnable callback) {
    Immediate im = new Immediate(this, callback);
    immediates.add(im);
    queuedImmediates++;
    refedImmediates++;
    return im;
  }

  /** Cancels an immediate that has not run yet. */
  public void clearImmediate(Immediate immediate) {
    if (immediate != null && immediate.active) {
      immediate.active = false;
      queuedImmediates--;
      if (immediate.refed) {
        refedImmediates--;
      }
    }
  }

  /**
   * Runs blocking {@code work} on the thread pool and delivers its result to {@code done} in the
   * poll phase (libuv's {@code uv_queue_work}; {@code fs} and {@code dns.lookup} use it).
   */
  public <T> void queueWork(String name, Callable<T> work, Callback<T> done) {
    if (pool == null) {
      pool = new ThreadPool(this, poolSize);
    }
    activeRequests++;
    List<StackTraceElement> site =
        observed && observer.wantsCallSites() ? CallSite.capture() : List.of();
    pool.submit(name, work, done, site);
  }

  /** Node's {@code perf_hooks.monitorEventLoopDelay}: a histogram sampled every resolution ms. */
  public EventLoopDelayMonitor monitorEventLoopDelay(int resolutionMillis) {
    return new EventLoopDelayMonitor(this, resolutionMillis);
  }

  /** Node's {@code process.memoryUsage()}, plus the bytes held in stream buffers now. */
  public MemoryUsage memoryUsage() {
    return MemoryUsage.sample(bufferedBytes);
  }

  /** The most bytes stream buffers of this loop held at once. */
  public long peakBufferedBytes() {
    return peakBufferedBytes;
  }

  /** Ends the loop after the current phase (libuv's {@code uv_stop}); pending work is dropped. */
  public void stop() {
    stopped = true;
  }

  /** The loop's clock. */
  public Clock clock() {
    return clock;
  }

  /** The thread-pool size this loop uses (started lazily on first work). */
  public int threadPoolSize() {
    return poolSize;
  }

  /** Whether the thread pool has started (it starts on the first queued work). */
  public boolean threadPoolStarted() {
    return pool != null && pool.started();
  }

  /** Default stream highWaterMark: 16 per object-mode stream, else the configured bytes. */
  public int defaultHighWaterMark(boolean objectMode) {
    return objectMode ? 16 : defaultHighWaterMark;
  }

  /** Hooks for handle implementations (streams, net, fs); not for programs. */
  public Handles handles() {
    return handles;
  }

  // ---------------------------------------------------------------- phases

  private Timeout addTimer(Runnable callback, long delayMillis, boolean repeat) {
    // Node coerces delays outside 1..2^31-1 to 1 ms (lib/internal/timers.js).
    long ms = delayMillis >= 1 && delayMillis <= Integer.MAX_VALUE ? delayMillis : 1;
    Timeout t = new Timeout(this, callback, ms * MILLI, repeat, timerSeq++);
    t.dueNanos = clock.nanoTime() + t.delayNanos;
    t.queued = true;
    timers.add(t);
    refedTimers++;
    return t;
  }

  private void runTimers() {
    long now = clock.nanoTime();
    loopTime = now;
    publishLoopTime();
    long task = enterPhase(LoopActivity.TIMERS);
    Timeout t;
    while ((t = timers.peek()) != null) {
      if (!t.active) {
        timers.poll();
        t.queued = false;
        continue;
      }
      if (t.dueNanos > now) {
        break;
      }
      timers.poll();
      t.queued = false;
      long start = 0;
      if (t.repeat) {
        start = clock.nanoTime();
      } else {
        t.active = false;
        if (t.refed) {
          refedTimers--;
        }
      }
      invoke(t.callback, task += LoopActivity.NEXT_TASK);
      if (t.repeat && t.active && !t.queued) {
        t.dueNanos = start + t.delayNanos;
        t.queued = true;
        timers.add(t);
      }
      if (stopped) {
        return;
      }
    }
  }

  private Timeout firstActiveTimer() {
    Timeout t;
    while ((t = timers.peek()) != null && !t.active) {
      timers.poll();
      t.queued = false;
    }
    return t;
  }

  private void runPending() {
    long task = enterPhase(LoopActivity.PENDING);
    for (int n = pending.size(); n > 0 && !stopped; n--) {
      invoke(pending.poll(), task += LoopActivity.NEXT_TASK);
    }
  }

  private void runImmediates() {
    int size = immediates.size();
    // The tightest dispatch loop: its task words are derived from the loop counter (the n-th
    // last immediate gets pastLast - n * NEXT_TASK), so an unobserved loop carries no task word
    // of its own. Counting a word along, as the other phases do, kept it live in the plain
    // loop too (the JIT keeps it for deoptimization) and cost an unobserved loop 6% on
    // setImmediate breadth; a separate observed copy of the loop cost the probed loop 12% (both
    // measured).
    long pastLast = enterPhase(LoopActivity.CHECK) + (size + 1L) * LoopActivity.NEXT_TASK;
    // Immediates queued while the check phase runs wait for the next iteration (Node swaps
    // its immediate queue out before running it), so recursive setImmediate cannot starve I/O.
    for (int n = size; n > 0 && !stopped; n--) {
      Immediate im = immediates.poll();
      if (!im.active) {
        continue;
      }
      im.active = false;
      queuedImmediates--;
      if (im.refed) {
        refedImmediates--;
      }
      invoke(im.callback, pastLast, n);
    }
  }

  private void runClosing() {
    long task = enterPhase(LoopActivity.CLOSE);
    for (int n = closing.size(); n > 0 && !stopped; n--) {
      invoke(closing.poll(), task += LoopActivity.NEXT_TASK);
    }
  }

  private boolean alive() {
    return refedTimers > 0
        || refedImmediates > 0
        || activeHandles > 0
        || activeRequests > 0
        || !pending.isEmpty()
        || !closing.isEmpty();
  }

  /** libuv's uv_backend_timeout: nanos to block in poll, 0 for none, -1 for no limit. */
  private long pollTimeout() {
    if (stopped || queuedImmediates > 0 || !pending.isEmpty() || !closing.isEmpty()) {
      return 0;
    }
    if (activeHandles == 0 && activeRequests == 0 && refedTimers == 0) {
      return 0;
    }
    Timeout next = firstActiveTimer();
    if (next == null) {
      return -1;
    }
    return Math.max(0, next.dueNanos - clock.nanoTime());
  }

  private void poll(long timeoutNanos) {
    // Idle before waiting: a loop blocked in poll runs no task, and must not be stack-walked.
    enterPhase(LoopActivity.POLL);
    long wait = timeoutNanos == 0 ? 0 : clock.beforeBlocking(timeoutNanos);
    boolean sockets = selector != null && !selector.keys().isEmpty();
    if (sockets) {
      select(wait);
    } else if (wait != 0 && completions.isEmpty()) {
      if (activeRequests > 0 || wait > 0) {
        if (wait < 0) {
          LockSupport.park(this);
        } else {
          LockSupport.parkNanos(this, wait);
        }
      }
    }
    loopTime = clock.nanoTime();
    publishLoopTime();
    if (sockets) {
      dispatchSelected();
    }
    Runnable done;
    long task = firstTaskWord(LoopActivity.POLL);
    while (!stopped && (done = completions.poll()) != null) {
      activeRequests--;
      invoke(done, task += LoopActivity.NEXT_TASK);
    }
  }

  private void select(long waitNanos) {
    try {
      if (waitNanos == 0 || !completions.isEmpty()) {
        selector.selectNow();
        return;
      }
      if (waitNanos < 0) {
        selector.select();
      } else {
        // Round up: selecting for 0 ms would mean "forever", and a timer is not due early.
        selector.select(Math.max(1, (waitNanos + MILLI - 1) / MILLI));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dispatchSelected() {
    var keys = selector.selectedKeys();
    if (keys.isEmpty()) {
      return;
    }
    List<SelectionKey> ready = new ArrayList<>(keys);
    keys.clear();
    long task = firstTaskWord(LoopActivity.POLL);
    for (SelectionKey key : ready) {
      if (stopped) {
        return;
      }
      if (key.isValid()) {
        @SuppressWarnings("unchecked")
        Consumer<SelectionKey> handler = (Consumer<SelectionKey>) key.attachment();
        invoke(() -> handler.accept(key), task += LoopActivity.NEXT_TASK);
      }
    }
  }

  /**
   * Runs one callback and its drain: a task. Observed, it costs one store: {@code word} (from
   * {@link #enterPhase}, plus {@link LoopActivity#NEXT_TASK} per task) becomes the activity word,
   * and the watchdog reads it. Phases keep the word in a local, because the loop thread is its only
   * writer: a load of the shared word per callback cost the probed loop 5% on setImmediate breadth,
   * the local under 1% (measured). No try/finally: a callback that throws ends the loop, whose
   * run() marks the task's end; a handler here cost the probed loop 9% of a 10 ns callback
   * (measured).
   */
  private void invoke(Runnable callback, long word) {
    if (observed) {
      ACTIVITY_WORD.setRelease(this, word);
    }
    callback.run();
    drain();
  }

  /** {@link #invoke(Runnable, long)} with the word {@code pastLast - nthLast * NEXT_TASK}. */
  private void invoke(Runnable callback, long pastLast, int nthLast) {
    if (observed) {
      ACTIVITY_WORD.setRelease(this, pastLast - nthLast * LoopActivity.NEXT_TASK);
    }
    callback.run();
    drain();
  }

  /**
   * The loop enters {@code phase}: between tasks, so the activity goes idle. Returns the word below
   * this phase's first task (see {@link #firstTaskWord}).
   */
  private long enterPhase(int phase) {
    if (observed) {
      markIdle();
    }
    return firstTaskWord(phase);
  }

  /**
   * A word below the words of the next tasks, in {@code phase}: each task adds {@link
   * LoopActivity#NEXT_TASK} to it, so every task of a loop gets a new word that also names its
   * phase (publishing the phase apart cost the probed loop 8% on setImmediate depth, where every
   * loop iteration enters six phases for one callback; measured).
   */
  private long firstTaskWord(int phase) {
    return LoopActivity.taskWordBase((long) ACTIVITY_WORD.get(this), phase);
  }

  /** The loop time changed: a bound on the start of every task from now on. */
  private void publishLoopTime() {
    if (observed) {
      activity.publishLoopTime(loopTime);
    }
  }

  /** No task runs until the next one starts. */
  private void markIdle() {
    long w = (long) ACTIVITY_WORD.get(this);
    if (LoopActivity.isTask(w)) {
      ACTIVITY_WORD.setRelease(this, LoopActivity.idle(w));
    }
  }

  /** The activity word, read on another thread (see {@link LoopActivity#word}). */
  long activityWord() {
    return (long) ACTIVITY_WORD.getAcquire(this);
  }

  /**
   * Drains nextTicks, then microtasks, repeating until both are empty (Node >= 11). One loop with
   * or without a probe: the callback count costs a register increment, the observer is asked every
   * DRAIN_CHECK_EVERY callbacks (the default observer answers false), so attaching a probe adds no
   * per-callback work here.
   */
  private void drain() {
    if (ticks.isEmpty() && microtasks.isEmpty()) {
      checkRejections();
      return;
    }
    drainQueues();
  }

  /** The drain loop, compiled on its own (its profile is not that of the empty checks). */
  private void drainQueues() {
    LoopObserver obs = observer;
    obs.drainStarted(loopTime);
    // long: an endless nextTick chain must not wrap the counters (n < nextCheck would fail).
    long n = 0;
    long nextCheck = DRAIN_CHECK_EVERY;
    boolean over = false;
    do {
      Runnable r;
      // The inner loops only run callbacks and count them; the observer check (and the store
      // to captureSite) sits outside them, so the JIT keeps the inner loops tight.
      while (true) {
        while (n < nextCheck && (r = ticks.poll()) != null) {
          r.run();
          n++;
        }
        if (n < nextCheck) {
          break;
        }
        nextCheck += DRAIN_CHECK_EVERY;
        if (!over && obs.drainOverBound(clampInt(n))) {
          over = true;
          captureSite = true;
        }
      }
      while (true) {
        while (n < nextCheck && (r = microtasks.poll()) != null) {
          r.run();
          n++;
        }
        if (n < nextCheck) {
          break;
        }
        nextCheck += DRAIN_CHECK_EVERY;
        if (!over && obs.drainOverBound(clampInt(n))) {
          over = true;
          captureSite = true;
        }
      }
      checkRejections();
    } while (!ticks.isEmpty() || !microtasks.isEmpty());
    if (over) {
      captureSite = false;
      Timeout next = firstActiveTimer();
      boolean timersDue = next != null && next.dueNanos <= clock.nanoTime();
      obs.tickStarvation(clampInt(n), timersDue, !completions.isEmpty(), capturedSite);
      capturedSite = List.of();
    }
  }

  private static int clampInt(long n) {
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  private void captureSchedulingSite() {
    captureSite = false;
    capturedSite = observer.wantsCallSites() ? CallSite.capture() : List.of();
  }

  void trackRejection(Promise<?> p) {
    unhandledRejections.add(p);
  }

  private void checkRejections() {
    if (unhandledRejections.isEmpty()) {
      return;
    }
    List<Promise<?>> list = new ArrayList<>(unhandledRejections);
    unhandledRejections.clear();
    for (Promise<?> p : list) {
      if (!p.handled()) {
        // Node >= 15 (--unhandled-rejections=throw): an unhandled rejection is fatal.
        throw new CallbackFailedException("unhandled promise rejection", p.reason());
      }
    }
  }

  /** Posts a thread-pool completion; called from pool threads. */
  void complete(Runnable done) {
    completions.add(done);
    Selector s = selector;
    if (s != null) {
      s.wakeup();
    }
    Thread t = loopThread;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  private void shutdown() {
    if (pool != null) {
      pool.stop();
    }
    if (selector != null) {
      for (SelectionKey k : selector.keys()) {
        try {
          k.channel().close();
        } catch (IOException e) {
          // Closing on exit is best effort; the channel is unusable either way.
        }
      }
      try {
        selector.close();
      } catch (IOException e) {
        // Same: nothing left to do with a selector that fails to close.
      }
    }
  }

  long loopTime() {
    return loopTime;
  }

  Selector selector() {
    if (selector == null) {
      try {
        selector = Selector.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return selector;
  }

  void addPending(Runnable r) {
    pending.add(r);
  }

  void addClosing(Runnable r) {
    closing.add(r);
  }

  /** Options for {@link EventLoop}. */
  public static final class Builder {
    private Clock clock = Clock.system();
    private LoopObserver observer;
    private int threadPoolSize;
    private int defaultHighWaterMark = 64 * 1024;

    private Builder() {}

    /** The time source; {@link VirtualClock} for exact timer tests. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Pool size (clamped to 1..1024); default {@code UV_THREADPOOL_SIZE} or 4. */
    public Builder threadPoolSize(int size) {
      this.threadPoolSize = size;
      return this;
    }

    /** Default byte-stream highWaterMark: 64 KiB (Node 22+); 16 KiB gives Node 20's behaviour. */
    public Builder defaultHighWaterMark(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("highWaterMark must be >= 0");
      }
      this.defaultHighWaterMark = bytes;
      return this;
    }

    /** Attaches an observer (the probe); none by default. */
    public Builder observer(LoopObserver observer) {
      this.observer = observer;
      return this;
    }

    /** A new loop; it runs when {@link EventLoop#run} is called. */
    public EventLoop build() {
      return new EventLoop(this);
    }
  }
}
