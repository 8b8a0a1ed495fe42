package dev.asynclint.probe;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One probe event, written as one JSON line (format: runtime-probe/PROBE-EVENTS.md, version 1).
 *
 * @param ts when the event was recorded (wall clock)
 * @param kind {@code long-task}, {@code backpressure-ignored}, {@code tick-starvation} or {@code
 *     threadpool-queued}
 * @param thread name of the thread the event is about
 * @param durationMs how long the thing took or waited (0 for point events)
 * @param stack the relevant stack, innermost frame first
 * @param detail kind-specific numbers and names, in a stable order
 */
public record ProbeEvent(
    Instant ts,
    String kind,
    String thread,
    double durationMs,
    List<Frame> stack,
    Map<String, Object> detail) {

  /** The format version written as {@code "v"}. */
  public static final int VERSION = 1;

  public ProbeEvent {
    stack = List.copyOf(stack);
    detail = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detail));
  }
}
