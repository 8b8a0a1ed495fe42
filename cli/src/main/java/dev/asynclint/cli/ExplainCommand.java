package dev.asynclint.cli;

import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.BuiltInRules;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code asynclint explain RuleId}: the rule's documentation. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Prints a rule's documentation.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RULE", description = "a rule id, e.g. BlockingCallOnEventLoop")
  String ruleId;

  @Override
  public Integer call() {
    Optional<Rule> rule =
        BuiltInRules.all().stream()
            .filter(r -> r.descriptor().id().equalsIgnoreCase(ruleId))
            .findFirst();
    if (rule.isEmpty()) {
      Streams.err()
          .println("asynclint: unknown rule '" + ruleId + "'; `asynclint rules` lists them");
      return ExitCodes.USAGE;
    }
    Streams.out().print(rule.get().descriptor().documentation());
    return ExitCodes.CLEAN;
  }
}
