package dev.asynclint.core.engine;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a run, in deterministic order.
 *
 * @param baseDir the base of every relative path
 * @param rules descriptors of the rules that ran, sorted by id
 * @param findings all findings, suppressed ones included (reporters decide what to show)
 * @param diagnostics tool problems met on the way
 * @param stats counts, resolution rate and time
 * @param notes facts a report should state, e.g. the Node.js target chosen ({@code node.target})
 */
public record AnalysisResult(
    Path baseDir,
    List<RuleDescriptor> rules,
    List<Finding> findings,
    List<Diagnostic> diagnostics,
    RunStats stats,
    Map<String, String> notes) {
  public AnalysisResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    // Sorted, not Map.copyOf: its iteration order changes from one JVM run to the next, and the
    // text report prints the notes in iteration order.
    notes = Collections.unmodifiableSortedMap(new TreeMap<>(notes));
  }

  /** Findings that are not suppressed. */
  public List<Finding> activeFindings() {
    return findings.stream().filter(f -> !f.isSuppressed()).toList();
  }
}
