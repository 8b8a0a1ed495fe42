package dev.asynclint.rules.starvation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.testing.RuleHarness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inline-marker tree for the starvation family, negatives beside positives. */
class RecursiveTickStarvationTest {
  private static final List<Rule> RULES = List.of(new RecursiveTickStarvation());

  @Test
  void markersHold() {
    assertEquals(
        List.of(),
        RuleHarness.mismatches(RuleHarness.resource("starvation/ticks"), RULES, Set.of()));
  }
}
