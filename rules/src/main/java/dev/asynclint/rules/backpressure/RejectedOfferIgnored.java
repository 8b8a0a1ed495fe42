package dev.asynclint.rules.backpressure;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.model.ModelEntries;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.List;
import java.util.Optional;

/**
 * An offer whose result reports rejection ({@code Queue.offer}, {@code Deque.offerFirst}, {@code
 * SubmissionPublisher.offer}) is called as a statement: when the bounded queue is full the element
 * is dropped and nobody knows. Offers on queues that cannot be full are not reported.
 */
public final class RejectedOfferIgnored implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "RejectedOfferIgnored",
          Family.BACKPRESSURE,
          Severity.WARNING,
          Precision.HIGH,
          "The result of an offer that can be rejected is dropped, so elements vanish when the"
              + " queue is full.",
          List.of("correctness", "reliability"),
          RuleDocs.load("RejectedOfferIgnored"));

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    context
        .facts(JavaProject.class)
        .ifPresent(project -> project.forEachCall((unit, call) -> check(unit, call, context)));
  }

  private static void check(CodeUnit unit, CallFact call, RuleContext context) {
    Optional<ModelEntries.Offer> offer = context.model().offer(call.libraryTypes(), call.name());
    if (offer.isEmpty() || call.resultUsed()) {
      return;
    }
    if (call.libraryTypes().stream().anyMatch(context.model()::isUnboundedQueue)) {
      return; // an unbounded queue's offer always succeeds
    }
    context.report(
        FindingDraft.at(
            call.location(),
            "The result of "
                + call.name()
                + "() is dropped: when the queue is full the element is rejected and lost"
                + " without a trace. Test the result and apply backpressure (slow the"
                + " producer, fail the request, or count the drop).",
            unit.anchor(),
            call.snippet()));
  }
}
