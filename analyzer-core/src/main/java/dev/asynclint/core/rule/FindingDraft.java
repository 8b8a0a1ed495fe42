package dev.asynclint.core.rule;

import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.SourceLocation;
import java.util.List;
import java.util.Objects;

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
 */
public record FindingDraft(
    SourceLocation location,
    String message,
    List<RelatedLocation> related,
    List<FlowStep> flow,
    String anchor,
    String snippet) {

  public FindingDraft {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(snippet, "snippet");
    related = List.copyOf(related);
    flow = List.copyOf(flow);
  }

  public static FindingDraft at(
      SourceLocation location, String message, String anchor, String snippet) {
    return new FindingDraft(location, message, List.of(), List.of(), anchor, snippet);
  }
}
