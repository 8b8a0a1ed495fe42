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
 * A channel write that may write only part of the buffer (NIO {@code WritableByteChannel}, {@code
 * GatheringByteChannel}) whose byte count is dropped, outside a loop that keeps writing while the
 * buffer has bytes left. The rest of the data is silently lost or never sent.
 */
public final class PartialWriteIgnored implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "PartialWriteIgnored",
          Family.BACKPRESSURE,
          Severity.WARNING,
          Precision.HIGH,
          "A channel write may write only part of the buffer, and the count it returns is"
              + " dropped.",
          List.of("correctness", "nio"),
          RuleDocs.load("PartialWriteIgnored"));

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
    Optional<ModelEntries.Write> write = context.model().write(call.libraryTypes(), call.name());
    if (write.isEmpty() || !write.get().signal().equals("count") || call.resultUsed()) {
      return;
    }
    List<String> checks = write.get().checks() == null ? List.of() : write.get().checks();
    // `while (buf.hasRemaining()) ch.write(buf)` is the documented way to write it all.
    if (call.loopGuards().stream().anyMatch(checks::contains)) {
      return;
    }
    context.report(
        FindingDraft.at(
            call.location(),
            "Channel write drops the number of bytes written: a non-blocking or socket"
                + " channel may write only part of the buffer, and the rest is never sent."
                + " Loop while the buffer hasRemaining(), registering OP_WRITE interest"
                + " when a write returns 0.",
            unit.anchor(),
            call.snippet()));
  }
}
