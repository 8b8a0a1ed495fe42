package dev.asynclint.rules;

import dev.asynclint.core.rule.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every rule asynclint ships, sorted by id (Error Prone's static list of built-ins). */
public final class BuiltInRules {
  private BuiltInRules() {}

  public static List<Rule> all() {
    return Stream.<Rule>of(
            // one line per rule; keep the list in any order, it is sorted below
            new dev.asynclint.rules.moduletype.AmbiguousModuleType(),
            new dev.asynclint.rules.moduletype.CommonJsInEsm(),
            new dev.asynclint.rules.moduletype.EsmSyntaxInCommonJs(),
            new dev.asynclint.rules.moduletype.MixedModuleSyntax(),
            new dev.asynclint.rules.moduletype.RequireOfEsm(),
            new dev.asynclint.rules.blocking.BlockingCallOnEventLoop(),
            new dev.asynclint.rules.backpressure.WriteIgnoresBackpressure(),
            new dev.asynclint.rules.backpressure.PartialWriteIgnored(),
            new dev.asynclint.rules.backpressure.RejectedOfferIgnored(),
            new dev.asynclint.rules.starvation.RecursiveTickStarvation())
        .sorted(Comparator.comparing(r -> r.descriptor().id()))
        .toList();
  }
}
