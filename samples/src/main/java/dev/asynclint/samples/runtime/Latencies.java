package dev.asynclint.samples.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Submit-to-callback times of pool work, summarised for the sample reports. */
final class Latencies {
  private final List<Long> nanos = new ArrayList<>();

  void add(long submittedNanos) {
    nanos.add(System.nanoTime() - submittedNanos);
  }

  String summary() {
    if (nanos.isEmpty()) {
      return "no reads completed";
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%d reads; submit-to-callback: min %.1f ms, median %.1f ms, max %.1f ms",
        sorted.size(),
        sorted.get(0) / 1e6,
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }
}
