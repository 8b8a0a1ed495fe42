package dev.asynclint.core.engine;

import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/** Turns one rule's drafts into findings with fingerprints; drops exact duplicates. */
final class FindingFactory {
  private FindingFactory() {}

  static List<Finding> complete(RuleDescriptor rule, Severity severity, List<FindingDraft> drafts) {
    var sorted = new ArrayList<>(drafts);
    sorted.sort(
        Comparator.comparing(FindingDraft::location, SourceLocation.ORDER)
            .thenComparing(FindingDraft::message));
    var occurrences = new HashMap<String, Integer>();
    var seen = new java.util.HashSet<String>();
    var out = new ArrayList<Finding>();
    for (FindingDraft d : sorted) {
      String identity = d.location() + "\u0000" + d.message();
      if (!seen.add(identity)) {
        continue; // the same finding reached twice (e.g. through two equal chains)
      }
      String key =
          d.location().path()
              + "\u0000"
              + d.anchor()
              + "\u0000"
              + Fingerprints.normaliseSnippet(d.snippet());
      int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
      String fp =
          Fingerprints.of(rule.id(), d.location().path(), d.anchor(), d.snippet(), occurrence);
      out.add(
          new Finding(
              rule.id(),
              rule.family(),
              d.severityCap().filter(cap -> !cap.atLeast(severity)).orElse(severity),
              d.message(),
              d.location(),
              d.related(),
              d.flow(),
              fp,
              List.of(),
              Confirmation.NONE,
              BaselineState.NONE));
    }
    return out;
  }
}
