package dev.asynclint.core.engine;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.Suppression;
import dev.asynclint.core.suppress.SuppressionMark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies in-source suppressions to findings and reports the ones that suppressed nothing, so stale
 * suppressions do not pile up (DESIGN 7).
 */
final class Suppressions {
  private Suppressions() {}

  static List<Finding> apply(
      List<Finding> findings,
      Collection<SuppressionMark> marks,
      Collection<String> rulesThatRan,
      boolean allRulesRan,
      Consumer<Diagnostic> diagnostics) {
    var used = new HashSet<SuppressionMark>();
    var out = new ArrayList<Finding>();
    for (Finding f : findings) {
      var why = new ArrayList<Suppression>();
      for (SuppressionMark m : marks) {
        if (m.covers(f.ruleId(), f.location())) {
          used.add(m);
          why.add(new Suppression(Suppression.Kind.IN_SOURCE, m.mark(), m.justification()));
        }
      }
      why.sort(
          (a, b) -> dev.asynclint.core.finding.SourceLocation.ORDER.compare(a.where(), b.where()));
      out.add(why.isEmpty() ? f : f.withSuppressions(why));
    }
    out.sort(Finding.ORDER);
    Set<String> ran = Set.copyOf(rulesThatRan);
    for (SuppressionMark m : marks) {
      // A mark for a rule that did not run (switched off) may be needed again later; so may a
      // mark for every rule when some were off.
      boolean judgeable = m.ruleIds().isEmpty() ? allRulesRan : ran.containsAll(m.ruleIds());
      if (!used.contains(m) && judgeable) {
        String what =
            m.ruleIds().isEmpty()
                ? "asynclint"
                : String.join(", ", m.ruleIds().stream().sorted().toList());
        diagnostics.accept(
            new Diagnostic(
                Diagnostic.Kind.UNUSED_SUPPRESSION,
                Severity.NOTE,
                m.mark().path(),
                m.mark().startLine(),
                m.mark().startColumn(),
                "unused suppression of " + what + ": no finding here; remove it"));
      }
    }
    return out;
  }
}
