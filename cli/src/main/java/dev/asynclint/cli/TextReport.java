package dev.asynclint.cli;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.report.FindingText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The terminal report (DESIGN 8): {@code path:line:col: severity RuleId message}, a code frame with
 * a caret, the chain, a hint; then tool diagnostics and a summary. Deterministic: timing goes to
 * stderr through {@link #timing}.
 */
final class TextReport {
  private final AnalysisResult result;

  TextReport(AnalysisResult result) {
    this.result = result;
  }

  void write(PrintStream out) {
    var text = new FindingText(result.baseDir());
    for (Finding f : result.activeFindings()) {
      text.lines(f).forEach(out::println);
      out.println(
          "    hint: `asynclint explain "
              + f.ruleId()
              + "`; to accept it, add"
              + " `// asynclint-disable-next-line "
              + f.ruleId()
              + " -- reason` above the line");
      out.println();
    }
    for (Diagnostic d : result.diagnostics()) {
      out.println(FindingText.line(d));
    }
    if (!result.diagnostics().isEmpty()) {
      out.println();
    }
    summary(out);
  }

  private void summary(PrintStream out) {
    List<Finding> active = result.activeFindings();
    var perRule = new TreeMap<String, Integer>();
    var perSeverity = new TreeMap<Severity, Integer>();
    for (Finding f : active) {
      perRule.merge(f.ruleId(), 1, Integer::sum);
      perSeverity.merge(f.severity(), 1, Integer::sum);
    }
    long suppressed = result.findings().size() - active.size();
    var sb = new StringBuilder();
    sb.append(active.size()).append(active.size() == 1 ? " finding" : " findings");
    if (!perSeverity.isEmpty()) {
      sb.append(" (");
      perSeverity.forEach(
          (s, n) -> sb.append(n).append(' ').append(s.id()).append(n == 1 ? "" : "s").append(", "));
      sb.setLength(sb.length() - 2);
      sb.append(')');
    }
    sb.append(" in ").append(result.stats().filesAnalyzed()).append(" files");
    if (suppressed > 0) {
      sb.append(", ").append(suppressed).append(" suppressed");
    }
    long problems = result.diagnostics().stream().filter(d -> d.level() == Severity.ERROR).count();
    if (problems > 0) {
      sb.append(", ")
          .append(problems)
          .append(problems == 1 ? " file" : " files")
          .append(" not analysed");
    }
    out.println(sb);
    perRule.forEach((id, n) -> out.println("  " + id + ": " + n));
    double rate = result.stats().resolutionRate();
    if (rate >= 0) {
      long attempted = result.stats().counters().getOrDefault("java.calls.prefiltered", 0L);
      long resolved = result.stats().counters().getOrDefault("java.calls.resolved", 0L);
      out.println(
          String.format(
              Locale.ROOT,
              "  type resolution: %.1f%% of %d candidate calls (%d resolved)",
              rate * 100,
              attempted,
              resolved));
    }
    result.notes().forEach((k, v) -> out.println("  " + k + ": " + v));
  }

  /** The elapsed time, for stderr only (it differs between runs). */
  static String timing(AnalysisResult result) {
    return String.format(
        Locale.ROOT,
        "asynclint: analysed %d files in %.2f s",
        result.stats().filesAnalyzed(),
        result.stats().elapsedMillis() / 1000.0);
  }
}
