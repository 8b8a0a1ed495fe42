package dev.asynclint.core.expect;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline-marker test oracle (DESIGN 11, Error Prone's {@code // BUG:} markers): every finding
 * must be announced by an {@code // expect: RuleId} comment on its start line, and every marker
 * must be met. {@code // fn: RuleId reason} records a known miss and is not checked. Works for any
 * language whose line comments start with {@code //}.
 */
public final class ExpectMarkers {
  private static final Pattern MARKER =
      Pattern.compile("//\\s*expect:\\s*(.*)$", Pattern.MULTILINE);
  private static final Pattern ITEM = Pattern.compile("([A-Z][A-Za-z0-9]+)(?:\\s+\"([^\"]*)\")?");

  private ExpectMarkers() {}

  /** The markers of one file's text. */
  public static List<ExpectMarker> parse(String path, String text) {
    var out = new ArrayList<ExpectMarker>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      Matcher item = ITEM.matcher(m.group(1));
      while (item.find()) {
        out.add(new ExpectMarker(path, i + 1, item.group(1), Optional.ofNullable(item.group(2))));
      }
    }
    return out;
  }

  /**
   * Compares findings (suppressed ones excluded) with markers and returns every mismatch as a
   * readable line; an empty list means the expectations hold exactly. Markers for rules outside
   * {@code checkedRules} are ignored, so one tree can serve tests of single rules. Error-level
   * diagnostics of a kind not in {@code allowedDiagnostics} are mismatches too.
   */
  public static List<String> mismatches(
      List<ExpectMarker> markers,
      List<Finding> findings,
      List<Diagnostic> diagnostics,
      Set<String> checkedRules,
      Set<Diagnostic.Kind> allowedDiagnostics) {
    var problems = new ArrayList<String>();
    List<ExpectMarker> open =
        markers.stream().filter(m -> checkedRules.contains(m.ruleId())).toList();
    List<Finding> checked =
        findings.stream()
            .filter(f -> !f.isSuppressed() && checkedRules.contains(f.ruleId()))
            .toList();
    var markersAt = new HashMap<String, List<Integer>>();
    for (int m = 0; m < open.size(); m++) {
      ExpectMarker marker = open.get(m);
      markersAt
          .computeIfAbsent(
              key(marker.path(), marker.line(), marker.ruleId()), k -> new ArrayList<>())
          .add(m);
    }
    // Which marker each finding meets, as a maximum matching: a greedy first fit would let the
    // outcome depend on the order of markers on a line (a plain marker taken by the finding that
    // only it and a marker with a message part both accept, leaving the other finding unmatched).
    int[] findingOf = new int[open.size()];
    int[] markerOf = new int[checked.size()];
    Arrays.fill(findingOf, -1);
    Arrays.fill(markerOf, -1);
    for (int f = 0; f < checked.size(); f++) {
      match(f, checked, open, markersAt, findingOf, markerOf, new boolean[open.size()]);
    }
    for (int f = 0; f < checked.size(); f++) {
      if (markerOf[f] < 0) {
        Finding unexpected = checked.get(f);
        problems.add(
            "unexpected finding "
                + unexpected.location()
                + ": "
                + unexpected.ruleId()
                + " "
                + unexpected.message());
      }
    }
    for (int m = 0; m < open.size(); m++) {
      if (findingOf[m] < 0) {
        problems.add("missing finding " + open.get(m));
      }
    }
    for (Diagnostic d : diagnostics) {
      if (d.level() == Severity.ERROR && !allowedDiagnostics.contains(d.kind())) {
        problems.add(
            "unexpected diagnostic "
                + d.path()
                + ":"
                + d.line()
                + ": "
                + d.kind().id()
                + " "
                + d.message());
      }
    }
    return problems;
  }

  private static String key(String path, int line, String ruleId) {
    return path + "\u0000" + line + "\u0000" + ruleId;
  }

  /** Kuhn's augmenting path: gives finding {@code f} a marker, re-seating others if needed. */
  private static boolean match(
      int f,
      List<Finding> findings,
      List<ExpectMarker> markers,
      Map<String, List<Integer>> markersAt,
      int[] findingOf,
      int[] markerOf,
      boolean[] visited) {
    Finding finding = findings.get(f);
    SourceLocation at = finding.location();
    for (int m :
        markersAt.getOrDefault(key(at.path(), at.startLine(), finding.ruleId()), List.of())) {
      if (visited[m]
          || !markers.get(m).messagePart().map(p -> finding.message().contains(p)).orElse(true)) {
        continue;
      }
      visited[m] = true;
      if (findingOf[m] < 0
          || match(findingOf[m], findings, markers, markersAt, findingOf, markerOf, visited)) {
        findingOf[m] = f;
        markerOf[f] = m;
        return true;
      }
    }
    return false;
  }
}
