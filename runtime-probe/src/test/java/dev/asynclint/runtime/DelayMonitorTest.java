package dev.asynclint.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DelayMonitorTest {
  private static final long MS = 1_000_000;

  @Test
  void histogramShowsTheBlockedInterval() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = EventLoop.builder().clock(clock).build();
    EventLoopDelayMonitor[] m = new EventLoopDelayMonitor[1];
    loop.run(
        () -> {
          m[0] = loop.monitorEventLoopDelay(10);
          m[0].enable();
          loop.setTimeout(() -> clock.advance(100), 35); // blocks the loop for 100 ms
          loop.setTimeout(m[0]::disable, 300);
        });
    IntervalHistogram h = m[0].histogram();
    // Fired at 10, 20, 30; the block holds the 40 ms tick until 135 (105 ms after 30); then
    // every 10 ms up to 295.
    assertEquals(20, h.count());
    assertEquals(10 * MS, h.min());
    assertEquals(105 * MS, h.max());
    assertEquals(105 * MS, h.percentile(99));
    long p50 = h.percentile(50);
    assertTrue(p50 >= 10 * MS && p50 <= 10 * MS * 1.02, "p50 " + p50);
    assertEquals((19 * 10 + 105) * MS / 20.0, h.mean(), 1.0);
    assertTrue(m[0].summary().contains("max 105.0 ms"), m[0].summary());
  }

  @Test
  void monitorDoesNotKeepTheLoopAlive() {
    VirtualClock clock = new VirtualClock();
    EventLoop loop = EventLoop.builder().clock(clock).build();
    loop.run(() -> loop.monitorEventLoopDelay(10).enable());
    assertEquals(0, clock.nanoTime());
  }

  @Test
  void percentilesWithinBucketPrecision() {
    IntervalHistogram h = new IntervalHistogram();
    for (int i = 1; i <= 100_000; i++) {
      h.record(i * 1000L);
    }
    assertEquals(1000, h.min());
    assertEquals(100_000_000, h.max());
    assertEquals(50_000_500.0, h.mean(), 0.001);
    for (double p : new double[] {50, 90, 99, 99.9}) {
      double exact = p / 100 * 100_000_000;
      double got = h.percentile(p);
      assertTrue(Math.abs(got - exact) / exact < 0.02, p + ": " + got + " vs " + exact);
    }
    h.reset();
    assertEquals(0, h.count());
    assertTrue(Double.isNaN(h.mean()));
  }

  @Test
  void bucketIndexRoundTrips() {
    for (long v : new long[] {1, 127, 128, 129, 1000, 1 << 20, 123_456_789L, Long.MAX_VALUE / 3}) {
      int i = IntervalHistogram.index(v);
      assertTrue(IntervalHistogram.upperBound(i) >= v, "upper bound of " + v);
      assertTrue(i == 0 || IntervalHistogram.upperBound(i - 1) < v, "previous bucket below " + v);
    }
  }
}
