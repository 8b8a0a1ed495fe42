package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.RunStats;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every shipped rule's metadata and doc, as SARIF: valid, and rendered the way GitHub needs. */
class BuiltInRulesSarifTest {
  static AnalysisResult oneFindingPerBuiltInRule() {
    List<RuleDescriptor> rules = BuiltInRules.all().stream().map(Rule::descriptor).toList();
    var findings = new ArrayList<Finding>();
    int line = 1;
    for (RuleDescriptor r : rules) {
      findings.add(
          SampleResults.finding(
              r,
              r.defaultSeverity(),
              r.summary(),
              SourceLocation.at("src/app/" + r.id() + ".js", line++, 1),
              String.format("%032x", line)));
    }
    return new AnalysisResult(
        Path.of("."), rules, findings, List.of(), new RunStats(1, 1, Map.of(), 0), Map.of());
  }

  @Test
  void everyBuiltInRuleIsValidSarifWithHelpFromItsDoc() throws Exception {
    AnalysisResult result = oneFindingPerBuiltInRule();
    assertFalse(result.rules().isEmpty());
    String log = new SarifWriter(SarifGoldenTest.options()).toJson(result);
    assertEquals(List.of(), SarifSchema.violations(log));
    JsonNode rules = new ObjectMapper().readTree(log).at("/runs/0/tool/driver/rules");
    assertEquals(result.rules().size(), rules.size());
    for (JsonNode rule : rules) {
      String id = rule.path("id").asText();
      RuleDescriptor d =
          result.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
      assertEquals(d.documentation(), rule.at("/help/markdown").asText(), id);
      String text = rule.at("/help/text").asText();
      assertFalse(
          text.contains("```") || text.contains("](") || text.startsWith("#"), id + ": " + text);
      String full = rule.at("/fullDescription/text").asText();
      assertNotEquals(d.summary(), full, id + " doc should open with a paragraph");
      assertFalse(full.contains("`") || full.startsWith("Family:"), id + ": " + full);
      assertEquals(d.family().id(), rule.at("/properties/tags/0").asText());
      assertTrue(rule.at("/properties/tags").size() <= RuleNodes.MAX_TAGS);
      assertTrue(rule.path("helpUri").asText().endsWith("/rules/docs/" + id + ".md"));
    }
  }
}
