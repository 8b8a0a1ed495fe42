package dev.asynclint.samples.runtime;

import dev.asynclint.probe.Probe;
import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.EventLoopDelayMonitor;
import java.util.Locale;
import java.util.Optional;

/**
 * What every runtime sample shares: a loop (with the probe when {@code -Dasynclint.probe=FILE} is
 * set), an event-loop delay monitor, a time limit, and the report printed after the loop exits
 * (printing stays off the loop thread).
 */
final class SampleRun {
  final EventLoop loop;
  final EventLoopDelayMonitor delay;
  private final Optional<Probe> probe;
  private final long started = System.nanoTime();

  private SampleRun(EventLoop.Builder builder) {
    this.probe = Probe.fromSystemProperty();
    probe.ifPresent(builder::observer);
    this.loop = builder.build();
    this.delay = loop.monitorEventLoopDelay(10);
  }

  static SampleRun create() {
    return new SampleRun(EventLoop.builder());
  }

  static SampleRun create(EventLoop.Builder builder) {
    return new SampleRun(builder);
  }

  /** Runs {@code main} on the loop, stopping it after {@code limitMillis} at the latest. */
  void run(long limitMillis, Runnable main) {
    loop.run(
        () -> {
          delay.enable();
          loop.setTimeout(loop::stop, limitMillis).unref();
          main.run();
        });
    probe.ifPresent(Probe::close);
  }

  /** Prints the sample's own lines, then delay percentiles and buffered bytes. */
  void report(String title, String... lines) {
    System.out.println("== " + title);
    for (String line : lines) {
      System.out.println("   " + line);
    }
    System.out.println("   " + delay.summary());
    System.out.println(
        String.format(
            Locale.ROOT,
            "   peak bytes buffered in streams: %,d; wall time %d ms",
            loop.peakBufferedBytes(),
            (System.nanoTime() - started) / 1_000_000));
    probe.ifPresent(
        p -> System.out.println("   probe: " + p.stats() + " -> " + p.options().events()));
  }
}
