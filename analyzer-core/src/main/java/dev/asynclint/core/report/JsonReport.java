package dev.asynclint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.AsynclintVersion;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON report: findings (suppressed ones marked), diagnostics and a summary, in a stable key
 * order with no timestamps, so the same tree gives the same bytes.
 */
public final class JsonReport {
  /** Version of this JSON layout; bumped on incompatible changes. */
  public static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  /** Writes the report; the stream is not closed. */
  public static void write(AnalysisResult result, PrintStream out) throws IOException {
    var root = new LinkedHashMap<String, Object>();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("tool", Map.of("name", "asynclint", "version", AsynclintVersion.get()));
    root.put("findings", result.findings().stream().map(JsonReport::finding).toList());
    root.put("diagnostics", result.diagnostics().stream().map(JsonReport::diagnostic).toList());
    var summary = new LinkedHashMap<String, Object>();
    summary.put("filesDiscovered", result.stats().filesDiscovered());
    summary.put("filesAnalyzed", result.stats().filesAnalyzed());
    summary.put("findings", result.activeFindings().size());
    summary.put("suppressed", result.findings().size() - result.activeFindings().size());
    summary.put("counters", result.stats().counters());
    double rate = result.stats().resolutionRate();
    summary.put("resolutionRate", rate < 0 ? null : Math.round(rate * 10000) / 10000.0);
    summary.put("notes", new java.util.TreeMap<>(result.notes()));
    root.put("summary", summary);
    out.print(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
            + "\n");
  }

  private static Map<String, Object> finding(Finding f) {
    var m = new LinkedHashMap<String, Object>();
    m.put("ruleId", f.ruleId());
    m.put("family", f.family().id());
    m.put("severity", f.severity().id());
    m.put("message", f.message());
    m.put("location", location(f.location()));
    m.put("flow", f.flow().stream().map(JsonReport::step).toList());
    m.put("related", f.related().stream().map(JsonReport::related).toList());
    m.put("fingerprint", f.fingerprint());
    m.put("suppressed", f.isSuppressed());
    if (f.isSuppressed()) {
      m.put("suppressions", f.suppressions().stream().map(JsonReport::suppression).toList());
    }
    m.put("confirmation", f.confirmation().status().name().toLowerCase(java.util.Locale.ROOT));
    if (f.baselineState() != dev.asynclint.core.finding.BaselineState.NONE) {
      m.put("baselineState", f.baselineState().name().toLowerCase(java.util.Locale.ROOT));
    }
    return m;
  }

  private static Map<String, Object> location(SourceLocation l) {
    var m = new LinkedHashMap<String, Object>();
    m.put("path", l.path());
    m.put("startLine", l.startLine());
    m.put("startColumn", l.startColumn());
    m.put("endLine", l.endLine());
    m.put("endColumn", l.endColumn());
    return m;
  }

  private static Map<String, Object> step(FlowStep s) {
    var m = new LinkedHashMap<String, Object>();
    m.put("label", s.label());
    m.put("message", s.message());
    m.put("location", location(s.location()));
    return m;
  }

  private static Map<String, Object> related(RelatedLocation r) {
    var m = new LinkedHashMap<String, Object>();
    m.put("message", r.message());
    m.put("location", location(r.location()));
    return m;
  }

  private static Map<String, Object> suppression(Suppression s) {
    var m = new LinkedHashMap<String, Object>();
    m.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("location", location(s.where()));
    m.put("justification", s.justification());
    return m;
  }

  private static Map<String, Object> diagnostic(Diagnostic d) {
    var m = new LinkedHashMap<String, Object>();
    m.put("kind", d.kind().id());
    m.put("level", d.level().id());
    m.put("path", d.path());
    m.put("line", d.line());
    m.put("column", d.column());
    m.put("message", d.message());
    return m;
  }
}
