package dev.asynclint.rules.backpressure;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.model.ModelEntries;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stream write in a loop, or in a callback that receives read data (a pump), whose backpressure
 * signal is never consulted: the boolean result of {@code write()} is dropped, or the body never
 * asks {@code writeQueueFull()} nor registers a drain hook. A slow peer then makes the write buffer
 * grow without bound.
 */
public final class WriteIgnoresBackpressure implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "WriteIgnoresBackpressure",
          Family.BACKPRESSURE,
          Severity.WARNING,
          Precision.MEDIUM,
          "Stream writes in a loop or pump ignore the buffer-full signal, so memory grows with a"
              + " slow peer.",
          List.of("memory", "reliability"),
          RuleDocs.load("WriteIgnoresBackpressure"));

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
    ApiModel model = context.model();
    Set<String> pumps = pumpUnits(project.get(), model);
    project
        .get()
        .forEachCall(
            (unit, call) -> {
              Optional<ModelEntries.Write> write = model.write(call.libraryTypes(), call.name());
              if (write.isEmpty() || write.get().signal().equals("count")) {
                return; // byte-count writes are PartialWriteIgnored's
              }
              boolean inPump = pumps.contains(unit.id());
              if (!inPump && !unbounded(call)) {
                return;
              }
              if (isForwarding(unit, call)) {
                return;
              }
              if (!consultsSignal(unit, call, write.get())) {
                context.report(draft(unit, call, write.get(), inPump));
              }
            });
  }

  /**
   * Loops that can make a buffer grow without bound: open loops (for, while, do), which may go on
   * producing, and for-each loops writing once to each of several streams (a broadcast: a slow
   * receiver accumulates across calls). A single write outside loops is bounded by its caller, and
   * writing the items of an in-memory collection to one stream at most copies what is already in
   * memory.
   */
  private static boolean unbounded(CallFact call) {
    // `for (int i = 0; i < list.size(); i++)` walks an in-memory collection by index, like a
    // for-each loop does.
    boolean indexedWalk = call.loopGuards().contains("size");
    return (call.loopShape() == CallFact.LoopShape.OPEN && !indexedWalk)
        || call.loopShape() == CallFact.LoopShape.EACH_RECEIVER;
  }

  /**
   * A write inside a method of the same name ({@code write} overriding Netty's outbound {@code
   * write}, a wrapper's {@code write}) forwards a write it was given: the signal is its caller's to
   * check, not the forwarding code's.
   */
  private static boolean isForwarding(CodeUnit unit, CallFact call) {
    return unit.kind() == CodeUnit.Kind.METHOD && unit.name().equals(call.name());
  }

  /** The result is used, or the body asks the check method or registers a drain hook. */
  private static boolean consultsSignal(CodeUnit unit, CallFact call, ModelEntries.Write write) {
    if (write.signal().equals("return") && call.resultUsed()) {
      return true;
    }
    Set<String> signals = new HashSet<>();
    signals.addAll(nullToEmpty(write.checks()));
    signals.addAll(nullToEmpty(write.drainHooks()));
    return unit.calls().stream().anyMatch(c -> signals.contains(c.name()))
        || call.loopGuards().stream().anyMatch(signals::contains);
  }

  /** Units given as the data callback of a stream (the read side of a pump). */
  private static Set<String> pumpUnits(JavaProject project, ApiModel model) {
    var out = new HashSet<String>();
    for (CodeUnit u : project.units()) {
      for (int i = 0; i < u.calls().size(); i++) {
        CallFact c = u.calls().get(i);
        String first = c.argTexts().isEmpty() ? "" : c.argTexts().get(0);
        for (Map.Entry<Integer, List<String>> a :
            project.functionArgUnits(new JavaProject.CallKey(u.id(), i)).entrySet()) {
          if (model.isPumpSourceArg(c.libraryTypes(), c.name(), a.getKey(), c.argCount(), first)) {
            out.addAll(a.getValue());
          }
        }
      }
    }
    return out;
  }

  private static FindingDraft draft(
      CodeUnit unit, CallFact call, ModelEntries.Write write, boolean inPump) {
    String where = inPump ? "in a callback that receives read data (a pump)" : "in a loop";
    String signal =
        write.signal().equals("return")
            ? "its boolean result (false means the buffer is full) is dropped"
            : "the body never checks "
                + String.join("/", nullToEmpty(write.checks()))
                + (nullToEmpty(write.drainHooks()).isEmpty()
                    ? ""
                    : " nor registers " + String.join("/", write.drainHooks()));
    List<String> safe = nullToEmpty(write.safe());
    String fix =
        write.signal().equals("return")
            ? "stop writing when write() returns false and resume on 'drain'"
            // The check's polarity differs by library (writeQueueFull() true, isWritable()
            // false), so the hint names it without saying which value means "full".
            : "ask "
                + String.join("/", nullToEmpty(write.checks()))
                + " before writing, pause the source while the buffer is full and resume in "
                + (nullToEmpty(write.drainHooks()).isEmpty()
                    ? "the drain callback"
                    : String.join("/", write.drainHooks()));
    String message =
        "Write "
            + where
            + " ignores backpressure: "
            + signal
            + ", so a slow peer makes the buffer grow without bound. "
            + capitalise(fix)
            + (safe.isEmpty() ? "" : ", or use " + String.join("/", safe))
            + ".";
    return FindingDraft.at(call.location(), message, unit.anchor(), call.snippet());
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> nullToEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
