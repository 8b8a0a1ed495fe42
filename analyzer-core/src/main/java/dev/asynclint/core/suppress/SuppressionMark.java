package dev.asynclint.core.suppress;

import dev.asynclint.core.finding.SourceLocation;
import java.util.Objects;
import java.util.Set;

/**
 * A suppression written in a source file: an {@code @SuppressWarnings("asynclint:RuleId")}
 * annotation (scope: the annotated element) or an {@code // asynclint-disable-next-line RuleId --
 * reason} comment (scope: the next line).
 *
 * @param ruleIds the suppressed rules; empty means every rule ({@code "asynclint"})
 * @param scope the lines the mark covers
 * @param mark where the annotation or comment is, for "unused suppression" notes
 * @param justification the reason given, may be empty
 */
public record SuppressionMark(
    Set<String> ruleIds, SourceLocation scope, SourceLocation mark, String justification) {
  public SuppressionMark {
    ruleIds = Set.copyOf(ruleIds);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(justification, "justification");
  }

  public boolean covers(String ruleId, SourceLocation location) {
    return (ruleIds.isEmpty() || ruleIds.contains(ruleId))
        && scope.path().equals(location.path())
        && scope.containsLine(location.startLine());
  }
}
