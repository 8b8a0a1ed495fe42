package dev.asynclint.core.engine;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.rule.RuleDescriptor;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run and at what severity: per-rule settings win over per-family ones.
 *
 * @param rules rule id to {@code off} or a severity id
 * @param families family id to enabled
 */
public record RuleSelection(Map<String, String> rules, Map<String, Boolean> families) {
  public RuleSelection {
    rules = Map.copyOf(rules);
    families = Map.copyOf(families);
  }

  public static RuleSelection all() {
    return new RuleSelection(Map.of(), Map.of());
  }

  /** The severity the rule runs at, or empty when it is switched off. */
  public Optional<Severity> severityOf(RuleDescriptor rule) {
    String setting = rules.get(rule.id());
    if (setting != null) {
      return setting.equalsIgnoreCase("off")
          ? Optional.empty()
          : Optional.of(Severity.parse(setting));
    }
    Family family = rule.family();
    if (!families.getOrDefault(family.id(), true)) {
      return Optional.empty();
    }
    return Optional.of(rule.defaultSeverity());
  }
}
