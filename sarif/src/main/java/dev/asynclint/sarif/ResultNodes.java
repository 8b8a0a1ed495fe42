package dev.asynclint.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynclint.core.baseline.Baseline;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.util.Locale;

/** SARIF {@code result}s for findings. */
final class ResultNodes {
  private ResultNodes() {}

  static final String SRCROOT = "%SRCROOT%";

  static ObjectNode of(Finding finding, int ruleIndex) {
    ObjectNode node = SarifJson.object();
    node.put("ruleId", finding.ruleId());
    node.put("ruleIndex", ruleIndex);
    node.put("level", finding.severity().id());
    node.set("message", SarifJson.text(finding.message()));
    node.putArray("locations").add(location(finding.location()));
    node.set(
        "partialFingerprints",
        SarifJson.object().put(Baseline.FINGERPRINT_KEY, finding.fingerprint()));
    if (!finding.flow().isEmpty()) {
      node.putArray("codeFlows").add(codeFlow(finding));
    }
    if (!finding.related().isEmpty()) {
      ArrayNode related = node.putArray("relatedLocations");
      int id = 1;
      for (RelatedLocation r : finding.related()) {
        ObjectNode loc = location(r.location());
        loc.put("id", id++);
        loc.set("message", SarifJson.text(r.message()));
        related.add(loc);
      }
    }
    if (finding.isSuppressed()) {
      ArrayNode suppressions = node.putArray("suppressions");
      for (Suppression s : finding.suppressions()) {
        suppressions.add(suppression(s));
      }
    }
    if (finding.baselineState() != BaselineState.NONE) {
      node.put("baselineState", finding.baselineState().name().toLowerCase(Locale.ROOT));
    }
    if (finding.confirmation().status() != Confirmation.Status.UNCONFIRMED
        || !finding.confirmation().evidence().isEmpty()) {
      node.set("properties", SarifJson.object().set("confirmation", confirmation(finding)));
    }
    return node;
  }

  /**
   * One thread flow whose steps are the chain, in order: the loop callback first, the blocking sink
   * (or other end of the path) last.
   */
  private static ObjectNode codeFlow(Finding finding) {
    ObjectNode flow = SarifJson.object();
    flow.set("message", SarifJson.text(chainSummary(finding)));
    ArrayNode steps = flow.putArray("threadFlows").addObject().putArray("locations");
    int order = 1;
    for (FlowStep step : finding.flow()) {
      ObjectNode loc = location(step.location());
      String text = step.message().isEmpty() ? step.label() : step.label() + ": " + step.message();
      loc.set("message", SarifJson.text(text));
      ObjectNode threadFlowLocation = steps.addObject();
      threadFlowLocation.set("location", loc);
      threadFlowLocation.put("executionOrder", order++);
    }
    return flow;
  }

  private static String chainSummary(Finding finding) {
    return String.join(" -> ", finding.flow().stream().map(FlowStep::label).toList());
  }

  private static ObjectNode suppression(Suppression s) {
    ObjectNode node = SarifJson.object();
    node.put("kind", s.kind() == Suppression.Kind.IN_SOURCE ? "inSource" : "external");
    node.put("status", "accepted");
    if (!s.justification().isEmpty()) {
      node.put("justification", s.justification());
    }
    node.set("location", location(s.where()));
    return node;
  }

  /**
   * Run-time evidence from the probe (DESIGN 10): {@code status} is {@code confirmed} or {@code
   * runtime-only}, {@code evidence} the events' one-line descriptions.
   */
  private static ObjectNode confirmation(Finding finding) {
    Confirmation c = finding.confirmation();
    ObjectNode node = SarifJson.object();
    node.put("status", c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    ArrayNode evidence = node.putArray("evidence");
    c.evidence().forEach(evidence::add);
    return node;
  }

  static ObjectNode location(SourceLocation where) {
    ObjectNode physical = SarifJson.object();
    physical.set("artifactLocation", artifact(where.path()));
    physical.set("region", region(where));
    ObjectNode location = SarifJson.object();
    location.set("physicalLocation", physical);
    return location;
  }

  static ObjectNode artifact(String path) {
    ObjectNode artifact = SarifJson.object().put("uri", ArtifactUri.of(path));
    if (ArtifactUri.isRelative(path)) {
      artifact.put("uriBaseId", SRCROOT);
    }
    return artifact;
  }

  /**
   * SARIF's {@code endColumn} is the column after the region (exclusive), as ours is; a region is
   * never empty. Columns count UTF-16 code units, as the run declares.
   */
  private static ObjectNode region(SourceLocation where) {
    int endColumn =
        where.endLine() == where.startLine()
            ? Math.max(where.endColumn(), where.startColumn() + 1)
            : Math.max(where.endColumn(), 1);
    return SarifJson.object()
        .put("startLine", where.startLine())
        .put("startColumn", where.startColumn())
        .put("endLine", where.endLine())
        .put("endColumn", endColumn);
  }
}
