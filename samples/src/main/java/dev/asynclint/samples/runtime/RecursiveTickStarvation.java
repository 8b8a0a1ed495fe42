package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;

/**
 * Misuse: a task splits its work into 2,000,000 steps and re-schedules each with {@code nextTick}.
 * The nextTick queue is drained to empty before the loop moves on, so a 10 ms timer waits for the
 * whole task. Fixed twin: {@link RecursiveTickStarvationFixed}.
 */
public final class RecursiveTickStarvation {
  private static final int STEPS = 2_000_000;
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
          step();
        });
    run.report(
        "recursive nextTick starves a 10 ms timer",
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

  private static void step() {
    checksum += Long.hashCode(checksum * 31 + steps);
    if (++steps < STEPS) {
      loop.nextTick(() -> step()); // expect: RecursiveTickStarvation
    }
  }
}
