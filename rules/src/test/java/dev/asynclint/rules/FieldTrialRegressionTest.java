package dev.asynclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.rules.testing.RuleHarness;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The false-positive shapes found by running asynclint on vertx-core and vertx-web 5.0.7
 * (bench/results/vertx-trial.md, patterns A–G), reduced to one file each: an object argument taken
 * for a callback, {@code this} handed on, a lambda stored in a collection, a same-arity overload,
 * an internal offload, a decorator forwarding to its delegate, a guarded reschedule. None may be
 * reported by any rule.
 */
class FieldTrialRegressionTest {
  @Test
  void noRuleReportsTheFieldTrialFalsePositives() {
    assertEquals(
        List.of(),
        RuleHarness.mismatches(
            RuleHarness.resource("blocking/field-trial"), BuiltInRules.all(), Set.of()));
  }
}
