package dev.asynclint.rules.backpressure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.testing.RuleHarness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inline-marker trees for the backpressure family, negatives beside positives. */
class BackpressureRulesTest {
  private static final List<Rule> RULES =
      List.of(
          new WriteIgnoresBackpressure(), new PartialWriteIgnored(), new RejectedOfferIgnored());

  @ParameterizedTest
  @ValueSource(strings = {"writes", "nio", "offers"})
  void markersHold(String tree) {
    assertEquals(
        List.of(),
        RuleHarness.mismatches(RuleHarness.resource("backpressure/" + tree), RULES, Set.of()),
        tree);
  }
}
