package dev.asynclint.cli;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Severity;

/** The pass/fail decision: unsuppressed findings at or above the threshold. */
final class Gate {
  private Gate() {}

  static long failing(AnalysisResult result, Severity threshold) {
    return result.activeFindings().stream().filter(f -> f.severity().atLeast(threshold)).count();
  }
}
