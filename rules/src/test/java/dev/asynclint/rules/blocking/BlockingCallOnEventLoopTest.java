package dev.asynclint.rules.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.testing.RuleHarness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inline-marker trees for the rule, with look-alike negatives beside the positives. */
class BlockingCallOnEventLoopTest {
  private static final List<Rule> RULE = List.of(new BlockingCallOnEventLoop());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vertx-callbacks",
        "chains",
        "offloads",
        "jdk-kinds",
        "suppressions",
        "reference-runtime",
        "netty"
      })
  void markersHold(String tree) {
    assertEquals(
        List.of(),
        RuleHarness.mismatches(RuleHarness.resource("blocking/" + tree), RULE, Set.of()),
        tree);
  }

  @Test
  void chainIsTheFlowFromEntryToSink() {
    AnalysisResult result = RuleHarness.analyse(RuleHarness.resource("blocking/chains"), RULE, 1);
    Finding one =
        result.findings().stream()
            .filter(f -> f.message().contains("Service.describe → JdbcRepository.load →"))
            .filter(f -> !f.message().contains("describeAll"))
            .findFirst()
            .orElseThrow();
    List<String> labels = one.flow().stream().map(FlowStep::label).toList();
    assertEquals("handler", labels.get(0));
    assertEquals(List.of("Service.describe", "JdbcRepository.load"), labels.subList(1, 3));
    assertTrue(one.flow().get(one.flow().size() - 1).message().startsWith("blocks: JDBC call"));
    assertEquals("src/main/java/app/Routes.java", one.location().path());
    assertEquals(1, one.related().size(), "the registration of the callback");
  }

  @Test
  void unusedSuppressionIsANote() {
    AnalysisResult result =
        RuleHarness.analyse(RuleHarness.resource("blocking/suppressions"), RULE, 1);
    assertEquals(3, result.findings().stream().filter(Finding::isSuppressed).count());
    List<Diagnostic> unused =
        result.diagnostics().stream()
            .filter(d -> d.kind() == Diagnostic.Kind.UNUSED_SUPPRESSION)
            .toList();
    assertEquals(List.of(), unused, "every suppression in the tree is used");
  }

  @Test
  void sameTreeSameFindingsWhateverTheThreadCount() {
    var tree = RuleHarness.resource("blocking/vertx-callbacks");
    assertEquals(
        RuleHarness.analyse(tree, RULE, 1).findings(),
        RuleHarness.analyse(tree, RULE, 4).findings());
  }
}
