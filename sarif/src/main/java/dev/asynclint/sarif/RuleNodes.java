package dev.asynclint.sarif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.rule.RuleDescriptor;

/**
 * SARIF {@code reportingDescriptor}s for rules, shaped for GitHub code scanning: the doc as {@code
 * help.markdown} and plain {@code help.text}, tags with the family first, {@code precision} and
 * {@code problem.severity}. No {@code security-severity}: our rules are about reliability, and
 * GitHub would show any rule that has one as a security alert.
 */
final class RuleNodes {
  private RuleNodes() {}

  /** Where each rule's doc is published; the file name is {@code <RuleId>.md}. */
  static final String HELP_URI_BASE =
      "https://github.com/asynclint/asynclint/blob/main/rules/src/main/resources/dev/asynclint/rules/docs/";

  /** GitHub code scanning reads at most ten tags per rule. */
  static final int MAX_TAGS = 10;

  static ObjectNode of(RuleDescriptor rule) {
    ObjectNode node = SarifJson.object();
    node.put("id", rule.id());
    node.put("name", rule.id());
    node.set("shortDescription", SarifJson.text(rule.summary()));
    node.set(
        "fullDescription",
        SarifJson.text(MarkdownText.firstParagraph(rule.documentation()).orElse(rule.summary())));
    node.put("helpUri", HELP_URI_BASE + rule.id() + ".md");
    ObjectNode help = SarifJson.text(helpText(rule));
    help.put("markdown", rule.documentation().isBlank() ? rule.summary() : rule.documentation());
    node.set("help", help);
    node.set("defaultConfiguration", SarifJson.object().put("level", rule.defaultSeverity().id()));
    ObjectNode properties = SarifJson.object();
    var tags = properties.putArray("tags");
    rule.allTags().stream().limit(MAX_TAGS).forEach(tags::add);
    properties.put("precision", rule.precision().id());
    properties.put("problem.severity", problemSeverity(rule.defaultSeverity()));
    node.set("properties", properties);
    return node;
  }

  private static String helpText(RuleDescriptor rule) {
    String text = MarkdownText.render(rule.documentation());
    return text.isEmpty() ? rule.summary() : text;
  }

  /** GitHub's scale for non-security alerts: error, warning, recommendation. */
  static String problemSeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "recommendation";
    };
  }
}
