package dev.asynclint.core.loop;

import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.model.ModelEntries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Interprocedural "may block" (DESIGN 6): units that reach a blocking call through synchronous
 * edges are found by one backward pass from the blocking calls (a fixpoint over the call graph,
 * cycles included); then a breadth-first search from each loop entry, restricted to those units,
 * yields the shortest chain to each blocking call. One path is kept per entry and first step, so a
 * handler that calls a method with five JDBC calls gets one finding, not five.
 */
public final class BlockingPaths {
  private BlockingPaths() {}

  public static List<BlockingPath> find(LoopContext loop, ApiModel model) {
    JavaProject project = loop.project();
    Map<String, List<Integer>> sinksByUnit = new HashMap<>();
    Map<String, List<Edge>> reverse = new HashMap<>();
    for (CodeUnit u : project.units()) {
      for (int i = 0; i < u.calls().size(); i++) {
        CallFact c = u.calls().get(i);
        if (model.blockingSink(c.libraryTypes(), c.name(), c.argCount()).isPresent()) {
          sinksByUnit.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(i);
        }
      }
      for (Edge e : loop.edgesFrom(u.id())) {
        reverse.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
      }
    }
    Set<String> mayBlock = backwardClosure(sinksByUnit.keySet(), reverse, loop);
    var paths = new ArrayList<BlockingPath>();
    for (EntryPoint entry : loop.entries()) {
      if (mayBlock.contains(entry.unitId())) {
        paths.addAll(fromEntry(entry, loop, model, mayBlock, sinksByUnit));
      }
    }
    return paths;
  }

  private static Set<String> backwardClosure(
      Set<String> sinks, Map<String, List<Edge>> reverse, LoopContext loop) {
    var seen = new HashSet<String>();
    var work = new ArrayDeque<String>();
    sinks.stream().filter(s -> !loop.isOffloaded(s)).sorted().forEach(work::add);
    while (!work.isEmpty()) {
      String u = work.poll();
      if (!seen.add(u)) {
        continue;
      }
      for (Edge e : reverse.getOrDefault(u, List.of())) {
        if (!loop.isOffloaded(e.from())) {
          work.add(e.from());
        }
      }
    }
    return seen;
  }

  /** A BFS node: how a unit was first reached. */
  private record Visit(String unit, Optional<Visit> parent, Optional<Edge> via) {}

  private static List<BlockingPath> fromEntry(
      EntryPoint entry,
      LoopContext loop,
      ApiModel model,
      Set<String> mayBlock,
      Map<String, List<Integer>> sinksByUnit) {
    JavaProject project = loop.project();
    var visited = new HashSet<String>();
    var queue = new ArrayDeque<Visit>();
    queue.add(new Visit(entry.unitId(), Optional.empty(), Optional.empty()));
    visited.add(entry.unitId());
    // First step location -> best path; LinkedHashMap keeps BFS (shortest-first) order.
    Map<SourceLocation, BlockingPath> byFirstStep = new LinkedHashMap<>();
    Map<SourceLocation, Integer> extra = new HashMap<>();
    while (!queue.isEmpty()) {
      Visit v = queue.poll();
      CodeUnit unit = project.unit(v.unit()).orElseThrow();
      for (int index : sinksByUnit.getOrDefault(v.unit(), List.of())) {
        CallFact sinkCall = unit.calls().get(index);
        ModelEntries.Blocking sink =
            model
                .blockingSink(sinkCall.libraryTypes(), sinkCall.name(), sinkCall.argCount())
                .orElseThrow();
        List<BlockingPath.Step> steps = stepsTo(v, project);
        steps.add(new BlockingPath.Step(unit, sinkCall, sinkLabel(sink)));
        var path = new BlockingPath(entry, steps, sink, 0);
        SourceLocation first = path.primary().call().location();
        if (byFirstStep.containsKey(first)) {
          extra.merge(first, 1, Integer::sum);
        } else {
          byFirstStep.put(first, path);
        }
      }
      for (Edge e : loop.edgesFrom(v.unit())) {
        if (mayBlock.contains(e.to()) && !loop.isOffloaded(e.to()) && visited.add(e.to())) {
          queue.add(new Visit(e.to(), Optional.of(v), Optional.of(e)));
        }
      }
    }
    var out = new ArrayList<BlockingPath>();
    byFirstStep.forEach(
        (loc, p) ->
            out.add(new BlockingPath(p.entry(), p.steps(), p.sink(), extra.getOrDefault(loc, 0))));
    return out;
  }

  private static List<BlockingPath.Step> stepsTo(Visit v, JavaProject project) {
    var steps = new ArrayList<BlockingPath.Step>();
    Visit cur = v;
    while (cur.via().isPresent()) {
      Edge e = cur.via().get();
      CodeUnit from = project.unit(e.from()).orElseThrow();
      String label =
          e.inline() ? "" : project.unit(e.to()).map(CodeUnit::displayName).orElse(e.call().name());
      steps.add(0, new BlockingPath.Step(from, e.call(), label));
      cur = cur.parent().orElseThrow();
    }
    return steps;
  }

  /** {@code Statement.executeQuery}, {@code new FileInputStream}. */
  public static String sinkLabel(ModelEntries.Blocking sink) {
    String type = LoopContext.simple(sink.type());
    return sink.method().equals("<init>") ? "new " + type : type + "." + sink.method();
  }
}
