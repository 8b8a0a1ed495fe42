package dev.asynclint.core.engine;

import java.util.Map;

/** Project facts that contribute numbers and notes to the run's report. */
public interface ReportsStatistics {
  /** Stable counter names to values, e.g. {@code java.calls.resolved}. */
  Map<String, Long> counters();

  /** Facts the report states, e.g. {@code node.target} → {@code 20.18.0 (engines.node)}. */
  default Map<String, String> notes() {
    return Map.of();
  }
}
