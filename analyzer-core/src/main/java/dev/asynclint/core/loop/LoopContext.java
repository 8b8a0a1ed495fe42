package dev.asynclint.core.loop;

import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.java.TypeFacts;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.model.ModelEntries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loop-context inference (DESIGN 5, 6): which code units the framework runs on an event loop
 * (callbacks registered with loop APIs, overrides of loop methods), which run elsewhere (offload
 * arguments, offload annotations, worker verticles), and the synchronous call edges between units.
 * Shared by every rule that asks "does this run on the loop?".
 */
public final class LoopContext {
  private final JavaProject project;
  private final List<EntryPoint> entries;
  private final Set<String> offloaded;
  private final Map<String, List<Edge>> edges;

  private LoopContext(
      JavaProject project,
      List<EntryPoint> entries,
      Set<String> offloaded,
      Map<String, List<Edge>> edges) {
    this.project = project;
    this.entries = entries;
    this.offloaded = offloaded;
    this.edges = edges;
  }

  /**
   * The loop context of a project, built once per project and model: several rules ask for it in
   * one run, and building it walks every call of the tree.
   */
  public static LoopContext of(JavaProject project, ApiModel model) {
    return project.derived(
        List.of(LoopContext.class, model),
        LoopContext.class,
        () -> new Builder(project, model).build());
  }

  public JavaProject project() {
    return project;
  }

  /** Entry points in unit-id order. */
  public List<EntryPoint> entries() {
    return entries;
  }

  /** True when the unit runs off the loop: offloaded, annotated, or in a worker verticle. */
  public boolean isOffloaded(String unitId) {
    return offloaded.contains(unitId);
  }

  /** Synchronous edges out of a unit, in call order. */
  public List<Edge> edgesFrom(String unitId) {
    return edges.getOrDefault(unitId, List.of());
  }

  private static final class Builder {
    private final JavaProject project;
    private final ApiModel model;
    private final Map<String, EntryPoint> entries = new HashMap<>();
    private final Set<String> offloaded = new HashSet<>();
    private final Map<String, List<Edge>> edges = new HashMap<>();
    private final Set<String> workerTypes = new TreeSet<>();

    Builder(JavaProject project, ApiModel model) {
      this.project = project;
      this.model = model;
    }

    LoopContext build() {
      for (CodeUnit u : project.units()) {
        findWorkerDeployments(u);
      }
      for (CodeUnit u : project.units()) {
        if (isAnnotatedOffload(u)) {
          offloaded.add(u.id());
        }
        if (workerTypes.contains(project.topLevelTypeOf(u))) {
          offloaded.add(u.id()); // everything a worker verticle registers runs on its worker
        }
        overrideEntry(u);
        for (int i = 0; i < u.calls().size(); i++) {
          classifyCall(u, i, u.calls().get(i));
        }
      }
      var sorted = new ArrayList<EntryPoint>();
      entries.values().stream()
          .filter(e -> !offloaded.contains(e.unitId()))
          .sorted(Comparator.comparing(EntryPoint::unitId))
          .forEach(sorted::add);
      return new LoopContext(project, List.copyOf(sorted), Set.copyOf(offloaded), edges);
    }

    private boolean isAnnotatedOffload(CodeUnit u) {
      if (u.annotations().stream().anyMatch(model::isOffloadAnnotation)) {
        return true;
      }
      Optional<TypeFacts> type = project.type(u.declaringType());
      return type.isPresent()
          && type.get().annotations().stream().anyMatch(model::isOffloadAnnotation);
    }

    private void overrideEntry(CodeUnit u) {
      if (u.kind() != CodeUnit.Kind.METHOD || u.isStatic()) {
        return;
      }
      Set<String> ancestors = project.ancestorsOf(u.declaringType());
      Optional<ModelEntries.Override> o = model.loopOverride(ancestors, u.name());
      o.ifPresent(
          ov ->
              entries.putIfAbsent(
                  u.id(),
                  new EntryPoint(
                      u.id(),
                      u.displayName(),
                      simple(ov.type()) + "." + ov.method() + " override",
                      Optional.empty())));
    }

    private void classifyCall(CodeUnit u, int index, CallFact call) {
      var out = edges.computeIfAbsent(u.id(), k -> new ArrayList<>());
      for (String target : project.targets(new JavaProject.CallKey(u.id(), index))) {
        out.add(new Edge(u.id(), target, index, call, false));
      }
      Map<Integer, List<String>> args =
          project.functionArgUnits(new JavaProject.CallKey(u.id(), index));
      if (args.isEmpty()) {
        return;
      }
      Set<String> types = call.libraryTypes();
      Optional<ModelEntries.Callback> callback = model.loopCallback(types, call.name());
      boolean offloadCall = model.isOffloadCall(types, call.name());
      boolean unresolvedAsync = types.isEmpty() && model.isCallbackOrOffloadName(call.name());
      boolean reschedule = model.reschedule(types, call.name()).isPresent();
      boolean deferred = model.isDeferredCall(types, call.name());
      for (Map.Entry<Integer, List<String>> a : args.entrySet()) {
        int argIndex = a.getKey();
        boolean isCallback = model.isLoopCallbackArg(types, call.name(), argIndex, call.argCount());
        boolean isOffload = model.isOffloadArg(types, call.name(), argIndex, call.argCount());
        // Only code written at the call (a lambda, an anonymous class, a method reference) is
        // taken to run in place; an object passed along (`this`, `new Task()`) is usually stored
        // or handed on, and which of its methods would run is unknown.
        boolean codeLiteral = isCodeLiteral(call, argIndex);
        for (String target : a.getValue()) {
          if (isCallback) {
            String registration = simple(callback.orElseThrow().type()) + "." + call.name();
            entries.putIfAbsent(
                target,
                new EntryPoint(
                    target, call.name(), registration + " callback", Optional.of(call.location())));
          } else if (isOffload) {
            offloaded.add(target);
          } else if (codeLiteral
              && !deferred
              && !unresolvedAsync
              && !reschedule
              && callback.isEmpty()
              && !offloadCall) {
            // A lambda given to any other API (forEach, map, compute …) most likely runs while
            // the call runs, so it belongs to the caller's context. Arguments of callback,
            // offload or scheduling APIs never do, even when unresolved.
            out.add(new Edge(u.id(), target, index, call, true));
          }
        }
      }
    }

    private static boolean isCodeLiteral(CallFact call, int argIndex) {
      return call.functionArgs().stream()
          .anyMatch(
              f -> f.index() == argIndex && (!f.units().isEmpty() || f.methodRef().isPresent()));
    }

    /** Records verticle types deployed with worker options (DESIGN 5, offloads.deployments). */
    private void findWorkerDeployments(CodeUnit u) {
      for (CallFact call : u.calls()) {
        Optional<ModelEntries.Deploy> deploy = model.deployment(call.libraryTypes(), call.name());
        if (deploy.isEmpty()) {
          continue;
        }
        int n = call.argTexts().size();
        int compArg =
            deploy.get().componentArg() < 0
                ? n + deploy.get().componentArg()
                : deploy.get().componentArg();
        int optArg = deploy.get().optionsArg();
        if (compArg < 0 || compArg >= n || optArg >= n || compArg == optArg) {
          continue;
        }
        List<String> optionTypes = deploy.get().optionsTypes();
        boolean worker =
            optionTypes == null
                ? isWorkerOptions(call.argTexts().get(optArg), u)
                : optionTypes.contains(call.argTypes().get(optArg));
        if (worker) {
          componentType(call.argTexts().get(compArg), u).ifPresent(workerTypes::add);
        }
      }
    }

    /**
     * Options are worker options when their expression calls a worker option ({@code
     * setWorker(true)}, {@code setThreadingModel(ThreadingModel.WORKER)}), or when they are a
     * variable and the same body makes such a call (the usual {@code var opts = new
     * DeploymentOptions(); opts.setWorker(true);} shape).
     */
    private boolean isWorkerOptions(String optionsText, CodeUnit u) {
      for (ModelEntries.WorkerOption w : model.workerOptions()) {
        for (String value : w.argText()) {
          String compact = optionsText.replace(" ", "");
          if (compact.contains("." + w.method() + "(" + value + ")")
              || compact.matches(".*\\." + w.method() + "\\([\\w.]*\\." + value + "\\).*")) {
            return true;
          }
        }
      }
      if (optionsText.matches("[A-Za-z_$][\\w$]*")) {
        for (CallFact c : u.calls()) {
          for (ModelEntries.WorkerOption w : model.workerOptions()) {
            if (c.name().equals(w.method()) && c.argTexts().size() == 1) {
              String arg = c.argTexts().get(0);
              String last = arg.substring(arg.lastIndexOf('.') + 1);
              if (w.argText().contains(last)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    /**
     * The project type a deployment names: {@code new V()}, {@code V.class}, {@code V::new}, a
     * string.
     */
    private Optional<String> componentType(String text, CodeUnit u) {
      String t = text.strip();
      String name = null;
      if (t.startsWith("new ")) {
        name = t.substring(4).replaceAll("[(<].*", "").strip();
      } else if (t.endsWith(".class")) {
        name = t.substring(0, t.length() - 6);
      } else if (t.endsWith("::new")) {
        name = t.substring(0, t.length() - 5);
      } else if (t.startsWith("\"") && t.endsWith("\"")) {
        name = t.substring(1, t.length() - 1);
      } else if (t.matches("\\(\\)\\s*->\\s*new\\s+.*")) {
        name = t.replaceAll("\\(\\)\\s*->\\s*new\\s+", "").replaceAll("[(<].*", "").strip();
      }
      if (name == null) {
        return Optional.empty();
      }
      String simpleOrQualified = name;
      return project.units().stream()
          .map(CodeUnit::declaringType)
          .filter(d -> d.equals(simpleOrQualified) || d.endsWith("." + simpleOrQualified))
          .map(d -> project.topLevelTypeOf(unitOf(d)))
          .findFirst();
    }

    private CodeUnit unitOf(String declaringType) {
      return project.units().stream()
          .filter(x -> x.declaringType().equals(declaringType))
          .findFirst()
          .orElseThrow();
    }
  }

  static String simple(String fqn) {
    return fqn.substring(fqn.lastIndexOf('.') + 1);
  }

  /** Where an entry point is, for flows. */
  public SourceLocation locationOf(EntryPoint e) {
    return project.unit(e.unitId()).map(CodeUnit::location).orElseThrow();
  }
}
