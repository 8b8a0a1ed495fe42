package dev.asynclint.cli;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The terminal report (DESIGN 8): {@code path:line:col: severity RuleId message}, a code frame with
 * a caret, the chain, a hint; then tool diagnostics and a summary. Deterministic: timing goes to
 * stderr through {@link #timing}.
 */
final class TextReport {
  private final AnalysisResult result;
  private final Map<String, List<String>> linesByPath = new HashMap<>();

  TextReport(AnalysisResult result) {
    this.result = result;
  }

  void write(PrintStream out) {
    for (Finding f : result.activeFindings()) {
      SourceLocation at = f.location();
      out.println(
          at.path()
              + ":"
              + at.startLine()
              + ":"
              + at.startColumn()
              + ": "
              + f.severity().id()
              + " "
              + f.ruleId()
              + " "
              + f.message());
      frame(at, out);
      if (f.flow().size() > 1) {
        out.println("    chain:");
        for (FlowStep s : f.flow()) {
          out.println("      " + s.location() + "  " + s.message());
        }
      }
      for (RelatedLocation r : f.related()) {
        out.println("    see " + r.location() + ": " + r.message());
      }
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
      String where =
          d.path().isEmpty()
              ? "asynclint"
              : d.path() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "");
      out.println(where + ": " + d.level().id() + " [" + d.kind().id() + "] " + d.message());
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

  private void frame(SourceLocation at, PrintStream out) {
    Optional<String> line = line(at.path(), at.startLine());
    if (line.isEmpty()) {
      return;
    }
    String text = line.get().replace('\t', ' ');
    String number = String.valueOf(at.startLine());
    out.println("  " + number + " | " + text);
    int start = Math.max(1, at.startColumn());
    int end =
        at.endLine() == at.startLine() ? Math.max(start + 1, at.endColumn()) : text.length() + 1;
    end = Math.min(end, text.length() + 1);
    int width = Math.max(1, end - start);
    out.println(
        "  "
            + " ".repeat(number.length())
            + " | "
            + " ".repeat(start - 1)
            + "^"
            + "~".repeat(width - 1));
  }

  private Optional<String> line(String path, int number) {
    List<String> lines =
        linesByPath.computeIfAbsent(
            path,
            p -> {
              try {
                return Files.readAllLines(
                    result.baseDir().resolve(Path.of(p)), StandardCharsets.UTF_8);
              } catch (IOException | RuntimeException e) {
                return List.of();
              }
            });
    return number >= 1 && number <= lines.size()
        ? Optional.of(lines.get(number - 1))
        : Optional.empty();
  }
}
