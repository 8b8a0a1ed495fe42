package dev.asynclint.core.rule;

import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule reports; the engine completes it into a {@link dev.asynclint.core.finding.Finding}.
 *
 * @param location primary location
 * @param message what happens at run time and what to do instead
 * @param related explaining locations
 * @param flow call chain, first step first
 * @param anchor the enclosing member ({@code com.x.Foo#bar(String)} or {@code file.js}): part of
 *     the line-independent fingerprint
 * @param snippet source text at the primary location: part of the fingerprint after whitespace is
 *     normalised
 * @param severityCap when present, the finding is reported at most at this severity (a weaker form
 *     of the problem, e.g. recursion with a visible base case)
 */
public record FindingDraft(
    SourceLocation location,
    String message,
    List<RelatedLocation> related,
    List<FlowStep> flow,
    String anchor,
    String snippet,
    Optional<Severity> severityCap) {

  public FindingDraft {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(severityCap, "severityCap");
    related = List.copyOf(related);
    flow = List.copyOf(flow);
  }

  /** A draft at the rule's configured severity. */
  public FindingDraft(
      SourceLocation location,
      String message,
      List<RelatedLocation> related,
      List<FlowStep> flow,
      String anchor,
      String snippet) {
    this(location, message, related, flow, anchor, snippet, Optional.empty());
  }

  /** This draft, reported at most at {@code cap}. */
  public FindingDraft atMost(Severity cap) {
    return new FindingDraft(location, message, related, flow, anchor, snippet, Optional.of(cap));
  }

  public static FindingDraft at(
      SourceLocation location, String message, String anchor, String snippet) {
    return new FindingDraft(location, message, List.of(), List.of(), anchor, snippet);
  }
}
