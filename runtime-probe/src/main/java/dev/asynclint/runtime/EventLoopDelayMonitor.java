package dev.asynclint.runtime;

import java.util.concurrent.TimeUnit;

/**
 * Node's {@code monitorEventLoopDelay({resolution})}: while enabled, an unref'ed interval timer
 * fires every {@code resolution} ms and records the nanoseconds since it last fired. As in Node,
 * the values include the resolution itself; a value well above it means the loop was busy (blocked)
 * when the timer was due.
 */
public final class EventLoopDelayMonitor {
  private final EventLoop loop;
  private final int resolutionMillis;
  private final IntervalHistogram histogram = new IntervalHistogram();
  private Timeout timer;
  private long last;

  EventLoopDelayMonitor(EventLoop loop, int resolutionMillis) {
    if (resolutionMillis < 1) {
      throw new IllegalArgumentException("resolution must be >= 1 ms");
    }
    this.loop = loop;
    this.resolutionMillis = resolutionMillis;
  }

  /** Starts sampling; returns false if already enabled. */
  public boolean enable() {
    if (timer != null) {
      return false;
    }
    last = loop.clock().nanoTime();
    timer =
        loop.setInterval(
                () -> {
                  long now = loop.clock().nanoTime();
                  histogram.record(now - last);
                  last = now;
                },
                resolutionMillis)
            .unref();
    return true;
  }

  /** Stops sampling; returns false if not enabled. */
  public boolean disable() {
    if (timer == null) {
      return false;
    }
    loop.clearInterval(timer);
    timer = null;
    return true;
  }

  /** The recorded intervals, in nanoseconds. */
  public IntervalHistogram histogram() {
    return histogram;
  }

  /** A one-line summary in milliseconds: min, mean, p50, p99, max. */
  public String summary() {
    IntervalHistogram h = histogram;
    return String.format(
        java.util.Locale.ROOT,
        "event loop delay (resolution %d ms, %d samples): min %.1f ms, mean %.1f ms,"
            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms",
        resolutionMillis,
        h.count(),
        ms(h.min()),
        h.mean() / TimeUnit.MILLISECONDS.toNanos(1),
        ms(h.percentile(50)),
        ms(h.percentile(99)),
        ms(h.max()));
  }

  private static double ms(long nanos) {
    return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
  }
}
