package dev.asynclint.core.expect;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
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
    var open =
        new ArrayList<>(markers.stream().filter(m -> checkedRules.contains(m.ruleId())).toList());
    for (Finding f : findings) {
      if (f.isSuppressed() || !checkedRules.contains(f.ruleId())) {
        continue;
      }
      Optional<ExpectMarker> hit =
          open.stream()
              .filter(
                  m ->
                      m.path().equals(f.location().path())
                          && m.line() == f.location().startLine()
                          && m.ruleId().equals(f.ruleId())
                          && m.messagePart().map(p -> f.message().contains(p)).orElse(true))
              .findFirst();
      if (hit.isPresent()) {
        open.remove(hit.get());
      } else {
        problems.add("unexpected finding " + f.location() + ": " + f.ruleId() + " " + f.message());
      }
    }
    for (ExpectMarker m : open) {
      problems.add("missing finding " + m);
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
}
