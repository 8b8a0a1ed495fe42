package dev.asynclint.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.Promise;
import dev.asynclint.runtime.VirtualClock;
import dev.asynclint.runtime.fs.Fs;
import dev.asynclint.runtime.stream.StreamOptions;
import dev.asynclint.runtime.stream.Writable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each event kind, produced by a small program, with the frame and the numbers it must carry. */
class ProbeEventsTest {
  @TempDir Path dir;
  private final VirtualClock clock = new VirtualClock();

  private Probe probe(ProbeOptions options) {
    return Probe.create(options);
  }

  private ProbeOptions options() {
    return ProbeOptions.defaults(dir.resolve("events.jsonl")).withSampleIntervalMillis(1);
  }

  private List<String> events(Probe probe) throws IOException {
    probe.close();
    return Files.readAllLines(dir.resolve("events.jsonl"));
  }

  private static int nextLine() {
    return new Throwable().getStackTrace()[1].getLineNumber() + 1;
  }

  @Test
  void longTaskCarriesTheBlockingFrameAndDuration() throws IOException {
    Probe probe = probe(options().withLongTaskMillis(100));
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    int[] line = new int[1];
    loop.run(
        () -> {
          loop.setTimeout(() -> clock.advance(20), 1); // short: not reported
          loop.setTimeout(
              () -> {
                clock.advance(120); // the callback "works" for 120 ms of loop time
                line[0] = nextLine();
                spinUntilSampled(probe);
              },
              2);
        });
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    String e = lines.get(0);
    assertTrue(e.startsWith("{\"v\":1,\"ts\":\""), e);
    assertTrue(e.contains("\"kind\":\"long-task\""), e);
    assertTrue(e.contains("\"durationMs\":120.000"), e);
    assertTrue(e.contains("\"thread\":\"" + Thread.currentThread().getName() + "\""), e);
    assertTrue(
        e.contains(
            "{\"class\":\"dev.asynclint.probe.ProbeEventsTest\",\"method\":\"spinUntilSampled\""),
        "the sampled stack shows the blocking frame: " + e);
    assertTrue(e.contains("\"file\":\"ProbeEventsTest.java\",\"line\":" + line[0]), e);
    java.util.regex.Matcher detail =
        java.util.regex.Pattern.compile(
                "\"detail\":\\{\"phase\":\"timers\",\"thresholdMs\":100,\"samples\":(\\d+)}")
            .matcher(e);
    assertTrue(detail.find(), e);
    assertTrue(Integer.parseInt(detail.group(1)) >= 2, "sampled while it spun: " + e);
  }

  @Test
  void aLoopWaitingInPollIsNotSampled() throws IOException {
    // Callbacks leave their mark until the next one starts; waiting for a timer must clear it,
    // or the watchdog would stop an idle loop thread for stack walks (50 ms idle against
    // sampling after 18 ms).
    Probe probe = probe(options().withLongTaskMillis(20));
    EventLoop loop = EventLoop.builder().observer(probe).build();
    loop.run(() -> loop.setTimeout(() -> {}, 50));
    assertEquals(0, probe.stats().stackSamples(), "stack walks of an idle loop");
    assertEquals(List.of(), events(probe));
  }

  @Test
  void theFirstCallbackOfALoopIsNotSampledEarly() throws IOException {
    // The attach time bounds every start: a 20 ms main callback is far from the 100 ms
    // threshold (sampled from 98 ms on), so the watchdog must not stack-walk it. It did on its
    // first ticks when the first callback's start was taken as unknown.
    Probe probe = probe(options().withLongTaskMillis(100));
    EventLoop loop = EventLoop.builder().observer(probe).build();
    loop.run(() -> spinFor(20));
    assertEquals(0, probe.stats().stackSamples(), "stack walks of a short first callback");
    assertEquals(List.of(), events(probe));
  }

  @Test
  void aProbeServesLoopsOneAfterAnother() throws IOException {
    Probe probe = probe(options().withLongTaskMillis(100));
    for (int i = 0; i < 2; i++) {
      VirtualClock c = new VirtualClock();
      EventLoop loop = EventLoop.builder().clock(c).observer(probe).build();
      loop.run(
          () ->
              loop.setTimeout(
                  () -> {
                    c.advance(150);
                    spinUntilSampled(probe);
                  },
                  1));
    }
    List<String> lines = events(probe);
    assertEquals(2, lines.size(), lines.toString());
    for (String e : lines) {
      assertTrue(e.contains("\"kind\":\"long-task\""), e);
      assertTrue(e.contains("\"durationMs\":150.000"), e);
    }
  }

  @Test
  void aLongCallbackThatThrowsIsStillReported() throws IOException {
    Probe probe = probe(options().withLongTaskMillis(100));
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    try {
      loop.run(
          () ->
              loop.setImmediate(
                  () -> {
                    clock.advance(130);
                    spinUntilSampled(probe);
                    throw new IllegalStateException("boom");
                  }));
      fail("the loop must fail");
    } catch (RuntimeException expected) {
      // CallbackFailedException: the loop ended with the callback.
    }
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("\"durationMs\":130.000"), lines.get(0));
    assertTrue(lines.get(0).contains("\"phase\":\"check\""), lines.get(0));
  }

  @Test
  void aBlockingPromiseReactionIsALongTaskOfItsCallback() throws IOException {
    // A task is a callback with its nextTick/microtask drain: the 5 ms immediate and the 120 ms
    // promise reaction after it hold the loop for 125 ms together, and the sample shows the
    // reaction's frame.
    Probe probe = probe(options().withLongTaskMillis(100));
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    loop.run(
        () ->
            loop.setImmediate(
                () -> {
                  clock.advance(5);
                  Promise.resolve(loop, 1)
                      .then(
                          v -> {
                            clock.advance(120);
                            spinUntilSampled(probe);
                            return v;
                          });
                }));
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    String e = lines.get(0);
    assertTrue(e.contains("\"durationMs\":125.000"), e);
    assertTrue(e.contains("\"phase\":\"check\""), e);
    assertTrue(
        e.contains("\"method\":\"lambda$aBlockingPromiseReactionIsALongTaskOfItsCallback"), e);
  }

  @Test
  void aLongTaskOnTheSystemClockIsTimedToItsEnd() throws IOException {
    // The loop does not report a task's end: the watchdog finds it, checking every 0.1 ms while a
    // sampled task runs. On the real clock the duration is the spin plus at most that delay and
    // the watchdog's wake-up latency (allowed: 20 ms on a loaded machine), never less.
    Probe probe = probe(options().withLongTaskMillis(30));
    EventLoop loop = EventLoop.builder().observer(probe).build();
    long[] spun = new long[1];
    loop.run(
        () ->
            loop.setTimeout(
                () -> {
                  long start = System.nanoTime();
                  spinFor(60);
                  spun[0] = System.nanoTime() - start;
                },
                1));
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"durationMs\":([0-9.]+)").matcher(lines.get(0));
    assertTrue(m.find(), lines.get(0));
    double reported = Double.parseDouble(m.group(1));
    double spunMs = spun[0] / 1e6;
    assertTrue(reported >= spunMs, reported + " ms reported for " + spunMs + " ms spun");
    assertTrue(reported < spunMs + 20, reported + " ms reported for " + spunMs + " ms spun");
  }

  @Test
  void aLoopStartedWhileAnotherRunsIsNotWatchedAndDoesNotBlindTheFirst() throws Exception {
    // One watchdog follows one loop. A second loop starting meanwhile used to take the watchdog
    // over silently, and its end detached the first loop, whose long task was lost.
    Probe probe = probe(options().withLongTaskMillis(100));
    EventLoop first = EventLoop.builder().clock(clock).observer(probe).build();
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    Thread firstThread =
        new Thread(
            () ->
                first.run(
                    () -> {
                      firstRunning.countDown();
                      awaitUninterruptibly(secondDone);
                      clock.advance(150);
                      spinUntilSampled(probe);
                    }),
            "first-loop");
    firstThread.start();
    awaitUninterruptibly(firstRunning);
    EventLoop second = EventLoop.builder().observer(probe).build();
    second.run(() -> spinFor(1));
    secondDone.countDown();
    firstThread.join(30_000);
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("\"thread\":\"first-loop\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"durationMs\":150.000"), lines.get(0));
    assertEquals(1, probe.stats().internalErrors(), "the second loop is counted, not watched");
  }

  private static void spinFor(long millis) {
    long until = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  /** Blocks the loop thread until the watchdog has sampled it (a stand-in for blocking I/O). */
  private static void spinUntilSampled(Probe probe) {
    long before = probe.stats().stackSamples();
    long giveUp = System.nanoTime() + 30_000_000_000L;
    while (probe.stats().stackSamples() < before + 2) {
      if (System.nanoTime() > giveUp) {
        fail("watchdog never sampled");
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void backpressureIgnoredCarriesCallerFrameBufferedBytesAndHighWaterMark() throws IOException {
    Probe probe = probe(options());
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    int[] line = new int[1];
    loop.run(
        () -> {
          Writable w =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .highWaterMark(16)
                      .write((chunk, cb) -> loop.setImmediate(cb::ok)));
          w.write(new byte[10]); // true: 10 < 16
          w.write(new byte[10]); // false: 20 >= 16
          line[0] = nextLine();
          w.write(new byte[10]); // ignores the false: reported
          w.write(new byte[10]); // same episode: not reported again
        });
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    String e = lines.get(0);
    assertTrue(e.contains("\"kind\":\"backpressure-ignored\""), e);
    assertTrue(
        e.contains(
            "\"stack\":[{\"class\":\"dev.asynclint.probe.ProbeEventsTest\",\"method\":"
                + "\"lambda$backpressureIgnoredCarriesCallerFrameBufferedBytesAndHighWaterMark$"),
        "the first frame is the caller of write(): " + e);
    assertTrue(e.contains("\"line\":" + line[0] + "}"), e);
    assertTrue(
        e.contains(
            "\"detail\":{\"stream\":\"Writable\",\"bufferedBytes\":30,\"highWaterMark\":16}"),
        e);
  }

  @Test
  void waitingForDrainIsNotReported() throws IOException {
    Probe probe = probe(options());
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    int[] written = {0};
    loop.run(
        () -> {
          Writable w =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .highWaterMark(16)
                      .write((chunk, cb) -> loop.setImmediate(cb::ok)));
          Runnable[] pump = new Runnable[1];
          pump[0] =
              () -> {
                while (written[0] < 100) {
                  written[0]++;
                  if (!w.write(new byte[10])) {
                    w.once("drain", pump[0]);
                    return;
                  }
                }
                w.end();
              };
          pump[0].run();
        });
    assertEquals(100, written[0]);
    assertEquals(List.of(), events(probe));
  }

  @Test
  void tickStarvationCarriesTheReschedulingFrame() throws IOException {
    Probe probe = probe(options().withTickDrainBound(1000, 1000));
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    int[] line = new int[1];
    int[] ticks = {0};
    loop.run(
        () -> {
          loop.setTimeout(() -> {}, 0);
          Runnable[] tick = new Runnable[1];
          tick[0] =
              () -> {
                clock.advanceNanos(1_000); // 1 us per tick: the 1 ms timer is due after 1000
                if (++ticks[0] < 5000) {
                  line[0] = nextLine();
                  loop.nextTick(tick[0]);
                }
              };
          loop.nextTick(tick[0]);
        });
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    String e = lines.get(0);
    assertTrue(e.contains("\"kind\":\"tick-starvation\""), e);
    assertTrue(e.contains("\"durationMs\":5.000"), e);
    assertTrue(
        e.contains(
            "\"stack\":[{\"class\":\"dev.asynclint.probe.ProbeEventsTest\",\"method\":"
                + "\"lambda$tickStarvationCarriesTheReschedulingFrame$"),
        e);
    assertTrue(e.contains("\"line\":" + line[0] + "}"), e);
    assertTrue(
        e.contains(
            "\"detail\":{\"callbacks\":5000,\"timersDue\":true,\"ioPending\":false,"
                + "\"boundCallbacks\":1000,\"boundMs\":1000}"),
        e);
  }

  @Test
  void longDrainWithNothingWaitingIsNotStarvation() throws IOException {
    Probe probe = probe(options().withTickDrainBound(1000, 1000));
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    int[] ticks = {0};
    loop.run(
        () -> {
          Runnable[] tick = new Runnable[1];
          tick[0] =
              () -> {
                if (++ticks[0] < 5000) {
                  loop.nextTick(tick[0]);
                }
              };
          loop.nextTick(tick[0]);
        });
    assertEquals(5000, ticks[0]);
    assertEquals(List.of(), events(probe));
  }

  @Test
  void threadPoolQueueingCarriesWaitAndSubmitFrame() throws IOException {
    Probe probe = probe(options().withPoolQueuedMillis(10));
    EventLoop loop = EventLoop.builder().clock(clock).threadPoolSize(1).observer(probe).build();
    Fs fs = new Fs(loop);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    int[] line = new int[1];
    loop.run(
        () -> {
          loop.<Boolean>queueWork(
              "blocker",
              () -> {
                started.countDown();
                release.await();
                return true;
              },
              (err, v) -> {});
          // Virtual time must not jump before the blocker holds the thread (it waited 0 ms).
          awaitUninterruptibly(started);
          line[0] = nextLine();
          fs.stat(dir.toString(), (err, st) -> {});
          // 50 ms later (virtual), the only pool thread is freed.
          loop.setTimeout(release::countDown, 50);
        });
    List<String> lines = events(probe);
    assertEquals(1, lines.size(), lines.toString());
    String e = lines.get(0);
    assertTrue(e.contains("\"kind\":\"threadpool-queued\""), e);
    assertTrue(e.contains("\"thread\":\"asynclint-pool-0\""), e);
    assertTrue(e.contains("\"durationMs\":50.000"), e);
    assertTrue(e.contains("\"line\":" + line[0] + "}"), e);
    assertTrue(
        e.contains(
            "\"detail\":{\"work\":\"fs.stat\",\"poolSize\":1,\"stillQueued\":0,"
                + "\"thresholdMs\":10}"),
        e);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(e);
    }
  }

  @Test
  void unwritableEventFileNeverHurtsTheProgram() {
    Probe probe = Probe.create(ProbeOptions.defaults(dir.resolve("missing-dir/events.jsonl")));
    EventLoop loop = EventLoop.builder().clock(clock).observer(probe).build();
    int[] ran = {0};
    loop.run(
        () -> {
          Writable w =
              new Writable(
                  loop, StreamOptions.options().highWaterMark(1).write((c, cb) -> cb.ok()));
          w.write(new byte[1]);
          w.write(new byte[1]);
          loop.setTimeout(() -> ran[0]++, 1);
        });
    probe.close();
    assertEquals(1, ran[0]);
    assertTrue(probe.stats().internalErrors() >= 1, probe.stats().toString());
  }
}
