package dev.asynclint.core.baseline;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The findings a team has accepted, keyed by line-independent fingerprints (DESIGN 7), so the gate
 * can fail on new findings only.
 *
 * <p>Two ways to use it. {@link #apply} is what the gate, text and JSON reports want: every finding
 * marked {@link BaselineState#NEW}, the accepted ones dropped, their count in the note {@value
 * #NOTE_UNCHANGED}. {@link #mark} keeps every finding and marks each {@code NEW} or {@code
 * UNCHANGED}, for a SARIF log that should carry the old ones with {@code baselineState:
 * "unchanged"}.
 *
 * @param entries accepted findings, sorted by {@link BaselineEntry#ORDER}, one per fingerprint
 */
public record Baseline(List<BaselineEntry> entries) {
  /**
   * Name and version of the fingerprint scheme ({@code dev.asynclint.core.engine.Fingerprints}):
   * the key of SARIF {@code partialFingerprints} and the {@code fingerprints} field of a baseline
   * file. Change it whenever the algorithm changes, so old baselines are refused rather than
   * silently matching nothing.
   */
  public static final String FINGERPRINT_KEY = "asynclint/v1";

  /** Note: how many findings the baseline accepted (left out by {@link #apply}). */
  public static final String NOTE_UNCHANGED = "baseline.unchanged";

  /** Note: how many baseline entries no longer match a finding (fixed; the file can shrink). */
  public static final String NOTE_ABSENT = "baseline.absent";

  public Baseline {
    var byFingerprint = new HashMap<String, BaselineEntry>();
    for (BaselineEntry e : entries) {
      byFingerprint.merge(
          e.fingerprint(), e, (a, b) -> BaselineEntry.ORDER.compare(a, b) <= 0 ? a : b);
    }
    var sorted = new ArrayList<>(byFingerprint.values());
    sorted.sort(BaselineEntry.ORDER);
    entries = List.copyOf(sorted);
  }

  /** A baseline accepting the unsuppressed findings; suppressed ones need no baseline. */
  public static Baseline of(List<Finding> findings) {
    return new Baseline(
        findings.stream()
            .filter(f -> !f.isSuppressed())
            .map(
                f ->
                    new BaselineEntry(
                        f.fingerprint(), f.ruleId(), f.location().path(), f.message()))
            .toList());
  }

  /** Reads a baseline file; a missing, malformed or foreign file is an {@link IOException}. */
  public static Baseline read(Path file) throws IOException {
    return new Baseline(BaselineFile.read(file));
  }

  /** Writes the baseline accepting {@code findings} ({@code --update-baseline}). */
  public static void write(Path file, List<Finding> findings) throws IOException {
    of(findings).write(file);
  }

  public void write(Path file) throws IOException {
    BaselineFile.write(file, entries);
  }

  public Set<String> fingerprints() {
    return entries.stream().map(BaselineEntry::fingerprint).collect(Collectors.toSet());
  }

  /** Every finding kept, each marked {@code NEW} or {@code UNCHANGED}. */
  public AnalysisResult mark(AnalysisResult result) {
    Set<String> accepted = fingerprints();
    List<Finding> marked =
        result.findings().stream()
            .map(
                f ->
                    f.withBaselineState(
                        accepted.contains(f.fingerprint())
                            ? BaselineState.UNCHANGED
                            : BaselineState.NEW))
            .toList();
    return new AnalysisResult(
        result.baseDir(),
        result.rules(),
        marked,
        result.diagnostics(),
        result.stats(),
        notes(result, marked, accepted));
  }

  /** Only the findings the baseline does not accept, marked {@code NEW}. */
  public AnalysisResult apply(AnalysisResult result) {
    AnalysisResult marked = mark(result);
    List<Finding> fresh =
        marked.findings().stream().filter(f -> f.baselineState() == BaselineState.NEW).toList();
    return new AnalysisResult(
        marked.baseDir(),
        marked.rules(),
        fresh,
        marked.diagnostics(),
        marked.stats(),
        marked.notes());
  }

  private static java.util.Map<String, String> notes(
      AnalysisResult result, List<Finding> marked, Set<String> accepted) {
    long unchanged =
        marked.stream()
            .filter(f -> !f.isSuppressed() && f.baselineState() == BaselineState.UNCHANGED)
            .count();
    var seen = new TreeSet<String>();
    marked.forEach(f -> seen.add(f.fingerprint()));
    long absent = accepted.stream().filter(fp -> !seen.contains(fp)).count();
    var notes = new java.util.TreeMap<>(result.notes());
    notes.put(NOTE_UNCHANGED, Long.toString(unchanged));
    notes.put(NOTE_ABSENT, Long.toString(absent));
    return notes;
  }
}
