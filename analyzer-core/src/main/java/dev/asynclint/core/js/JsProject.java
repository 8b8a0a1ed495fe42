package dev.asynclint.core.js;

import dev.asynclint.core.engine.ReportsStatistics;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JavaScript project facts rules read: every analysed module with its classification, the Node
 * target, and what each module request resolves to (including files outside the analysed tree, such
 * as packages in {@code node_modules}).
 */
public final class JsProject implements ReportsStatistics {
  private final List<JsModule> modules;
  private final Map<Path, JsModule> loaded;
  private final Map<Path, List<ResolvedRequest>> resolved;
  private final NodeTarget target;
  private final Map<String, Long> counters;

  JsProject(
      List<JsModule> modules,
      Map<Path, JsModule> loaded,
      Map<Path, List<ResolvedRequest>> resolved,
      NodeTarget target,
      Map<String, Long> counters) {
    this.modules = List.copyOf(modules);
    this.loaded = Map.copyOf(loaded);
    this.resolved = Map.copyOf(resolved);
    this.target = target;
    this.counters = Map.copyOf(counters);
  }

  /** The analysed modules in path order. */
  public List<JsModule> modules() {
    return modules;
  }

  /**
   * The analysed modules Node could run as written, in path order: bundler input (JSX, stylesheet
   * imports, {@code .jsx}) is left out, since a bundler decides its module format.
   */
  public List<JsModule> runnableModules() {
    return modules.stream().filter(m -> m.facts().bundlerInput().isEmpty()).toList();
  }

  /** The Node version rules judge for. */
  public NodeTarget target() {
    return target;
  }

  /** The requests of a module with their resolutions, in source order. */
  public List<ResolvedRequest> requests(JsModule module) {
    return resolved.getOrDefault(module.facts().absolutePath(), List.of());
  }

  /** The module at a resolved path, if it is JavaScript that could be read. */
  public Optional<JsModule> module(Path path) {
    return Optional.ofNullable(loaded.get(path));
  }

  /**
   * The first top-level await in the ES module graph rooted at {@code root}: the module and its
   * static imports and re-exports, transitively (what {@code require(esm)} must evaluate
   * synchronously).
   */
  public Optional<AsyncGraphSite> topLevelAwaitInGraph(JsModule root) {
    var seen = new HashSet<Path>();
    var work = new ArrayDeque<JsModule>();
    work.add(root);
    seen.add(root.facts().absolutePath());
    while (!work.isEmpty()) {
      JsModule m = work.poll();
      Optional<EsmSyntax> tla =
          m.facts().esmSyntax().stream()
              .filter(s -> s.kind() == EsmSyntax.Kind.TOP_LEVEL_AWAIT)
              .findFirst();
      if (tla.isPresent()) {
        return Optional.of(new AsyncGraphSite(m, tla.get()));
      }
      for (ResolvedRequest r : requests(m)) {
        if (r.request().kind().isStaticEsm()
            && !r.request().typeOnly()
            && r.resolution() instanceof Resolution.File f
            && seen.add(f.path())) {
          module(f.path()).ifPresent(work::add);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Map<String, Long> counters() {
    return counters;
  }

  @Override
  public Map<String, String> notes() {
    // Said only when there is JavaScript to judge: a pure Java tree has no Node target.
    return modules.isEmpty() ? Map.of() : Map.of("node.target", target.describe());
  }
}
