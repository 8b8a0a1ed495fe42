package dev.asynclint.core.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem a rule found (DESIGN 7). Immutable; {@link #ORDER} is the deterministic order of
 * every report.
 *
 * @param ruleId stable rule id, equal to the rule's class name
 * @param family the rule's family
 * @param severity effective severity after configuration
 * @param message one or two sentences: what happens at run time and what to do instead
 * @param location primary location: where the fix goes
 * @param related locations that explain the finding
 * @param flow ordered steps (the call chain), empty when the finding has no chain
 * @param fingerprint line-independent identity used by baselines and SARIF
 * @param suppressions empty unless the finding is suppressed
 * @param confirmation run-time evidence for the finding
 * @param baselineState new/unchanged when the run used a baseline
 */
public record Finding(
    String ruleId,
    Family family,
    Severity severity,
    String message,
    SourceLocation location,
    List<RelatedLocation> related,
    List<FlowStep> flow,
    String fingerprint,
    List<Suppression> suppressions,
    Confirmation confirmation,
    BaselineState baselineState) {

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location, SourceLocation.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message)
          .thenComparing(Finding::fingerprint);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(confirmation, "confirmation");
    Objects.requireNonNull(baselineState, "baselineState");
    related = List.copyOf(related);
    flow = List.copyOf(flow);
    suppressions = List.copyOf(suppressions);
  }

  public boolean isSuppressed() {
    return !suppressions.isEmpty();
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        ruleId,
        family,
        newSeverity,
        message,
        location,
        related,
        flow,
        fingerprint,
        suppressions,
        confirmation,
        baselineState);
  }

  public Finding withSuppressions(List<Suppression> newSuppressions) {
    return new Finding(
        ruleId,
        family,
        severity,
        message,
        location,
        related,
        flow,
        fingerprint,
        newSuppressions,
        confirmation,
        baselineState);
  }

  public Finding withConfirmation(Confirmation newConfirmation) {
    return new Finding(
        ruleId,
        family,
        severity,
        message,
        location,
        related,
        flow,
        fingerprint,
        suppressions,
        newConfirmation,
        baselineState);
  }

  public Finding withBaselineState(BaselineState newState) {
    return new Finding(
        ruleId,
        family,
        severity,
        message,
        location,
        related,
        flow,
        fingerprint,
        suppressions,
        confirmation,
        newState);
  }
}
