package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;

/**
 * Twin of {@link RecursiveTickStarvation}: the steps are re-scheduled with {@code setImmediate},
 * which yields to timers and I/O between loop iterations, so the timer runs on time.
 */
public final class RecursiveTickStarvationFixed {
  private static final int STEPS = 2_000_000;
  private static final int STEPS_PER_IMMEDIATE = 1000;
  private static EventLoop loop;
  private static int steps;
  private static int stepsBeforeTimer = -1;
  private static long checksum;

  public static void main(String[] args) {
    SampleRun run = SampleRun.create();
    loop = run.loop;
    long[] timerLateMs = {0};
    run.run(
        10_000,
        () -> {
          long scheduled = System.nanoTime();
          loop.setTimeout(
              () -> {
                stepsBeforeTimer = steps;
                timerLateMs[0] = (System.nanoTime() - scheduled) / 1_000_000 - 10;
              },
              10);
          batch();
        });
    run.report(
        "steps in batches re-scheduled with setImmediate",
        "the timer ran after "
            + stepsBeforeTimer
            + " of "
            + STEPS
            + " steps, "
            + timerLateMs[0]
            + " ms late (checksum "
            + checksum
            + ")");
  }

  private static void batch() {
    for (int i = 0; i < STEPS_PER_IMMEDIATE && steps < STEPS; i++, steps++) {
      checksum += Long.hashCode(checksum * 31 + steps);
    }
    if (steps < STEPS) {
      loop.setImmediate(() -> batch());
    }
  }
}
