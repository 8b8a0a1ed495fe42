package dev.asynclint.maven;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import java.util.List;

/**
 * The gate's decision for one module (DESIGN 8), the SpotBugs/PMD way: unsuppressed findings at or
 * above the threshold count, and more than {@code maxAllowed} of them fail the build unless failing
 * is switched off.
 *
 * @param counted the findings that count, in report order
 * @param threshold the lowest severity that counts
 * @param maxAllowed how many counted findings are tolerated
 * @param fails whether the build fails
 */
record GateOutcome(List<Finding> counted, Severity threshold, int maxAllowed, boolean fails) {
  GateOutcome {
    counted = List.copyOf(counted);
  }

  /** Decides on {@code result}, whose baseline (if any) is already applied. */
  static GateOutcome of(
      AnalysisResult result, Severity threshold, int maxAllowed, boolean failOnViolation) {
    List<Finding> counted =
        result.activeFindings().stream()
            .filter(f -> f.severity().atLeast(threshold))
            .sorted(Finding.ORDER)
            .toList();
    return new GateOutcome(
        counted, threshold, maxAllowed, failOnViolation && counted.size() > maxAllowed);
  }
}
