package dev.asynclint.core.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers about a run. {@code counters} are front-end statistics with stable names, e.g. {@code
 * java.calls.prefiltered} and {@code java.calls.resolved}; times are not part of deterministic
 * output and live in {@code elapsedMillis} only.
 */
public record RunStats(
    int filesDiscovered, int filesAnalyzed, Map<String, Long> counters, long elapsedMillis) {
  public RunStats {
    counters = new TreeMap<>(counters);
  }

  /**
   * The share of prefiltered Java call sites whose receiver type was resolved, or -1 when no call
   * site needed resolution.
   */
  public double resolutionRate() {
    long attempted = counters.getOrDefault("java.calls.prefiltered", 0L);
    long resolved = counters.getOrDefault("java.calls.resolved", 0L);
    return attempted == 0 ? -1 : (double) resolved / attempted;
  }
}
