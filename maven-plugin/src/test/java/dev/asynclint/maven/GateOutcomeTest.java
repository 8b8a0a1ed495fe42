package dev.asynclint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.RunStats;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateOutcomeTest {
  private static Finding finding(int line, Severity severity, boolean suppressed) {
    var at = SourceLocation.at("src/A.java", line, 1);
    return new Finding(
        "BlockingCallOnEventLoop",
        Family.BLOCKING,
        severity,
        "m",
        at,
        List.of(),
        List.of(),
        "fp" + line,
        suppressed ? List.of(new Suppression(Suppression.Kind.IN_SOURCE, at, "ok")) : List.of(),
        Confirmation.NONE,
        BaselineState.NONE);
  }

  private static final AnalysisResult RESULT =
      new AnalysisResult(
          Path.of("."),
          List.of(),
          List.of(
              finding(3, Severity.NOTE, false),
              finding(2, Severity.WARNING, false),
              finding(1, Severity.ERROR, false),
              finding(4, Severity.ERROR, true)),
          List.of(),
          new RunStats(1, 1, Map.of(), 0),
          Map.of());

  @Test
  void countsUnsuppressedFindingsAtOrAboveTheThresholdInReportOrder() {
    var gate = GateOutcome.of(RESULT, Severity.WARNING, 0, true);
    assertEquals(
        List.of(1, 2), gate.counted().stream().map(f -> f.location().startLine()).toList());
    assertTrue(gate.fails());
    assertEquals(1, GateOutcome.of(RESULT, Severity.ERROR, 0, true).counted().size());
    assertEquals(3, GateOutcome.of(RESULT, Severity.NOTE, 0, true).counted().size());
  }

  @Test
  void failsOnlyAboveMaxAllowedAndWhenFailingIsOn() {
    assertTrue(GateOutcome.of(RESULT, Severity.WARNING, 1, true).fails());
    assertFalse(GateOutcome.of(RESULT, Severity.WARNING, 2, true).fails());
    assertFalse(GateOutcome.of(RESULT, Severity.WARNING, 0, false).fails());
    assertEquals(2, GateOutcome.of(RESULT, Severity.WARNING, 0, false).counted().size());
  }
}
