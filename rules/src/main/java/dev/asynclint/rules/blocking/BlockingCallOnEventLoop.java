package dev.asynclint.rules.blocking;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.loop.BlockingPath;
import dev.asynclint.core.loop.BlockingPaths;
import dev.asynclint.core.loop.LoopContext;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A blocking call reached from code the framework runs on an event loop, directly or through
 * project methods. The finding sits on the call in the loop callback where the path leaves it,
 * which is where the fix (offloading) goes; the chain to the blocking call is the flow.
 */
public final class BlockingCallOnEventLoop implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "BlockingCallOnEventLoop",
          Family.BLOCKING,
          Severity.ERROR,
          Precision.HIGH,
          "A blocking call runs on an event-loop thread and stalls every connection it serves.",
          List.of("performance", "reliability", "concurrency"),
          RuleDocs.load("BlockingCallOnEventLoop"));

  /** Words for the model's blocking kinds, as messages say them. */
  private static final Map<String, String> KIND_WORDS =
      Map.ofEntries(
          Map.entry("sleep", "sleep"),
          Map.entry("wait", "monitor wait"),
          Map.entry("lock", "lock or latch wait"),
          Map.entry("future", "future wait"),
          Map.entry("file-io", "file I/O"),
          Map.entry("socket-io", "socket I/O"),
          Map.entry("dns", "DNS lookup"),
          Map.entry("jdbc", "JDBC call"),
          Map.entry("process", "process wait"),
          Map.entry("http", "blocking HTTP call"),
          Map.entry("reactive-block", "reactive block"));

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    context
        .facts(JavaProject.class)
        .ifPresent(
            project -> {
              LoopContext loop = LoopContext.of(project, context.model());
              for (BlockingPath path : BlockingPaths.find(loop, context.model())) {
                context.report(draft(path, loop));
              }
            });
  }

  private static String withArticle(String reason) {
    return (reason.matches("^[AEIOU].*") ? "an " : "a ") + reason;
  }

  private static FindingDraft draft(BlockingPath path, LoopContext loop) {
    BlockingPath.Step primary = path.primary();
    String kind = KIND_WORDS.getOrDefault(path.sink().kind(), path.sink().kind());
    String sinkLabel = BlockingPaths.sinkLabel(path.sink());
    String more =
        path.otherSinks() == 0
            ? ""
            : " (and "
                + path.otherSinks()
                + " more blocking call"
                + (path.otherSinks() == 1 ? "" : "s")
                + " through this call)";
    String message =
        "Blocking "
            + kind
            + " ("
            + sinkLabel
            + ") on the event loop in "
            + withArticle(path.entry().reason())
            + ", via "
            + path.chain()
            + more
            + ": it stalls every connection served by this loop thread. Move it off the loop"
            + " (executeBlocking, a worker, or a non-blocking API).";
    var flow = new ArrayList<FlowStep>();
    flow.add(
        new FlowStep(
            loop.locationOf(path.entry()),
            path.entry().label(),
            "runs on the event loop: " + path.entry().reason()));
    for (BlockingPath.Step s : path.steps()) {
      boolean last = s == path.steps().get(path.steps().size() - 1);
      String label = s.calleeLabel().isEmpty() ? "lambda" : s.calleeLabel();
      flow.add(
          new FlowStep(
              s.call().location(),
              label,
              last ? "blocks: " + kind + " (" + sinkLabel + ")" : "calls " + label));
    }
    var related = new ArrayList<RelatedLocation>();
    path.entry()
        .registeredAt()
        .ifPresent(
            at ->
                related.add(new RelatedLocation(at, "registered here: " + path.entry().reason())));
    return new FindingDraft(
        primary.call().location(),
        message,
        related,
        flow,
        primary.in().anchor(),
        primary.call().snippet());
  }
}
