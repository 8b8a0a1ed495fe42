package dev.asynclint.rules.starvation;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.loop.Edge;
import dev.asynclint.core.loop.LoopContext;
import dev.asynclint.core.model.ModelEntries;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A callback that re-schedules itself, unconditionally, on a same-loop high-priority queue ({@code
 * nextTick}, {@code queueMicrotask}, Vert.x {@code runOnContext}): the queue never empties, so
 * timers and I/O never run. Re-scheduling on a conditional path (a visible base case) is reported
 * as a note: the recursion ends, but it still holds the loop until it does.
 */
public final class RecursiveTickStarvation implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "RecursiveTickStarvation",
          Family.STARVATION,
          Severity.WARNING,
          Precision.MEDIUM,
          "A callback re-schedules itself on a high-priority queue of its own loop, starving"
              + " timers and I/O.",
          List.of("performance", "reliability", "concurrency"),
          RuleDocs.load("RecursiveTickStarvation"));

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    Optional<JavaProject> project = context.facts(JavaProject.class);
    if (project.isEmpty()) {
      return;
    }
    LoopContext loop = LoopContext.of(project.get(), context.model());
    for (CodeUnit unit : project.get().units()) {
      for (int i = 0; i < unit.calls().size(); i++) {
        CallFact call = unit.calls().get(i);
        Optional<ModelEntries.Reschedule> r =
            context.model().reschedule(call.libraryTypes(), call.name());
        if (r.isEmpty() || !r.get().priority().equals("high")) {
          continue;
        }
        int arg = r.get().arg() < 0 ? call.argCount() + r.get().arg() : r.get().arg();
        List<String> callbacks =
            project
                .get()
                .functionArgUnits(new JavaProject.CallKey(unit.id(), i))
                .getOrDefault(arg, List.of());
        if (hopsOntoTheLoop(unit, context)) {
          continue;
        }
        for (String callback : callbacks) {
          if (reaches(loop, callback, unit.id(), false)) {
            // A visible base case on the cycle bounds the recursion: still a stall while it
            // runs, but weaker.
            boolean unconditional = !call.conditional() && reaches(loop, callback, unit.id(), true);
            FindingDraft draft =
                draft(unit, call, r.get(), context, unconditional, loop.project().unit(callback));
            context.report(unconditional ? draft : draft.atMost(Severity.NOTE));
            break;
          }
        }
      }
    }
  }

  /** True when running {@code from} synchronously runs {@code to} (or is it) on this object. */
  /**
   * The "run me on my loop" idiom: {@code if (!executor.inEventLoop()) { executor.execute(() ->
   * this.op()); return; }} schedules once from another thread, then runs in place; it is no
   * recursion on the loop.
   */
  private static boolean hopsOntoTheLoop(CodeUnit unit, RuleContext context) {
    return unit.calls().stream().anyMatch(c -> context.model().isLoopThreadCheck(c.name()))
        || context
            .facts(JavaProject.class)
            .flatMap(p -> unit.parent().flatMap(p::unit))
            .map(
                parent ->
                    parent.calls().stream()
                        .anyMatch(c -> context.model().isLoopThreadCheck(c.name())))
            .orElse(false);
  }

  private static boolean reaches(
      LoopContext loop, String from, String to, boolean unconditionalOnly) {
    var seen = new HashSet<String>();
    var work = new ArrayDeque<String>();
    work.add(from);
    while (!work.isEmpty()) {
      String u = work.poll();
      if (u.equals(to)) {
        return true;
      }
      if (seen.add(u)) {
        for (Edge e : loop.edgesFrom(u)) {
          if ((e.inline() || onSameObject(e.call()))
              && !(unconditionalOnly && e.call().conditional())) {
            work.add(e.to());
          }
        }
      }
    }
    return false;
  }

  /**
   * Self-rescheduling goes through the same object (or a static method): a call on another object,
   * even of the same type (a decorator forwarding to the stream it wraps), is a different callback,
   * not a cycle.
   */
  private static boolean onSameObject(CallFact call) {
    return switch (call.receiver()) {
      case IMPLICIT, THIS, SUPER, TYPE -> true;
      case EXPRESSION, CONSTRUCTOR -> false;
    };
  }

  private static FindingDraft draft(
      CodeUnit unit,
      CallFact call,
      ModelEntries.Reschedule r,
      RuleContext context,
      boolean unconditional,
      Optional<CodeUnit> callback) {
    String type = r.type().substring(r.type().lastIndexOf('.') + 1);
    List<String> yielding = context.model().yieldingAlternatives(r.type());
    String message =
        "The callback re-schedules itself with "
            + type
            + "."
            + call.name()
            + (unconditional ? " on every run" : " until its condition stops it")
            + ": that queue is drained completely before the loop moves on, so"
            + " timers and I/O never get their turn. "
            + (yielding.isEmpty()
                ? "Yield to the loop between steps"
                : "Use " + String.join(" or ", yielding) + " to yield to the loop")
            + ", or stop on a condition.";
    var flow = new java.util.ArrayList<FlowStep>();
    flow.add(new FlowStep(call.location(), call.name(), "schedules the callback again"));
    callback.ifPresent(
        c ->
            flow.add(
                new FlowStep(
                    c.location(), c.displayName(), "the callback, which runs this code again")));
    return new FindingDraft(
        call.location(), message, List.of(), flow, unit.anchor(), call.snippet());
  }
}
