package dev.asynclint.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The activity word a watchdog reads: one new running word per task, idle between phases. */
class LoopActivityTest {

  /** Captures the activity the loop publishes; the callbacks read it on the loop thread. */
  private static final class Capture implements LoopObserver {
    LoopActivity activity;

    @Override
    public void loopStarted(Thread loopThread, Clock clock, LoopActivity activity) {
      this.activity = activity;
    }
  }

  @Test
  void everyTaskHasItsOwnRunningWordNamingItsPhase() {
    Capture capture = new Capture();
    EventLoop loop = EventLoop.builder().clock(new VirtualClock()).observer(capture).build();
    List<Long> words = new ArrayList<>();
    List<String> phases = new ArrayList<>();
    Runnable record =
        () -> {
          long w = capture.activity.word();
          words.add(w);
          phases.add(LoopActivity.phaseOf(w));
        };
    loop.run(
        () -> {
          record.run();
          loop.setTimeout(record, 1);
          loop.setTimeout(record, 1);
          loop.setImmediate(record);
          loop.setImmediate(
              () -> {
                record.run();
                // Same task: a microtask after its callback keeps the callback's word.
                loop.queueMicrotask(record);
              });
        });
    assertEquals(List.of("main", "check", "check", "check", "timers", "timers"), phases);
    words.forEach(w -> assertTrue(LoopActivity.isTask(w), Long.toBinaryString(w)));
    assertEquals(words.get(2), words.get(3), "the microtask runs in its callback's task");
    assertEquals(5, new HashSet<>(words).size(), "one word per task: " + words);
    assertFalse(LoopActivity.isTask(capture.activity.word()), "idle once the loop has ended");
  }

  @Test
  void theLoopTimeBoundsTheTaskStart() {
    VirtualClock clock = new VirtualClock();
    Capture capture = new Capture();
    EventLoop loop = EventLoop.builder().clock(clock).observer(capture).build();
    long[] seen = new long[1];
    loop.run(
        () -> {
          clock.advance(7);
          loop.setTimeout(() -> seen[0] = capture.activity.loopTimeNanos(), 10);
        });
    assertNotNull(capture.activity);
    // The timers phase read the clock after poll waited for the timer: 10 ms after the start.
    assertEquals(clock.nanoTime(), seen[0]);
    assertTrue(seen[0] >= 10_000_000L, Long.toString(seen[0]));
  }

  @Test
  void anUnobservedLoopPublishesNothing() {
    EventLoop loop = EventLoop.create();
    loop.run(() -> loop.setImmediate(() -> {}));
    assertEquals(0, loop.activityWord());
  }
}
