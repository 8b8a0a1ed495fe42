package dev.asynclint.core.rule;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report needs to know about a rule (Error Prone's {@code @BugPattern}, as data).
 *
 * @param id stable CamelCase id, equal to the rule's class name
 * @param family the family; also the first tag
 * @param defaultSeverity severity unless configuration changes it
 * @param precision how often the rule's findings are right
 * @param summary one sentence, used as SARIF {@code shortDescription}
 * @param tags extra tags after the family (SARIF {@code properties.tags})
 * @param documentation the rule doc in Markdown ({@code docs/<RuleId>.md}), used by {@code explain}
 *     and SARIF {@code help}
 */
public record RuleDescriptor(
    String id,
    Family family,
    Severity defaultSeverity,
    Precision precision,
    String summary,
    List<String> tags,
    String documentation) {

  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(documentation, "documentation");
    tags = List.copyOf(tags);
    if (!id.matches("[A-Z][A-Za-z0-9]+")) {
      throw new IllegalArgumentException("rule ids are CamelCase: " + id);
    }
  }

  /** The family tag followed by the extra tags, as SARIF and listings show them. */
  public List<String> allTags() {
    var all = new java.util.ArrayList<String>();
    all.add(family.id());
    tags.stream().filter(t -> !t.equals(family.id())).forEach(all::add);
    return List.copyOf(all);
  }
}
