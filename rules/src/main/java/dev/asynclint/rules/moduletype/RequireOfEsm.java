package dev.asynclint.rules.moduletype;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.js.AsyncGraphSite;
import dev.asynclint.core.js.JsModule;
import dev.asynclint.core.js.JsProject;
import dev.asynclint.core.js.ModuleRequest;
import dev.asynclint.core.js.ModuleType;
import dev.asynclint.core.js.NodeVersion;
import dev.asynclint.core.js.Resolution;
import dev.asynclint.core.js.ResolvedRequest;
import dev.asynclint.core.js.RunMode;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.List;
import java.util.Optional;

/**
 * {@code require()} of an ES module (DESIGN 9): fails with ERR_REQUIRE_ESM before require(esm)
 * (20.19, 22.12), and with ERR_REQUIRE_ASYNC_MODULE on every version when the module's static graph
 * awaits at the top level. Also a package whose {@code "exports"} only answers the {@code import}
 * condition (ESM-only), which require() cannot load on any version. Dynamic {@code import()} from
 * CommonJS is the fix, never a finding.
 */
public final class RequireOfEsm implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "RequireOfEsm",
          Family.MODULE_TYPE,
          Severity.ERROR,
          Precision.HIGH,
          "require() of an ES module fails on the target Node version.",
          List.of("correctness", "node"),
          RuleDocs.load("RequireOfEsm"));

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    context.facts(JsProject.class).ifPresent(project -> check(project, context));
  }

  private static void check(JsProject project, RuleContext context) {
    NodeVersion node = project.target().version();
    for (JsModule m : project.runnableModules()) {
      if (m.runsAs(node).isEsm()) {
        continue; // a free require in an ES module is CommonJsInEsm's finding
      }
      for (ResolvedRequest r : project.requests(m)) {
        if (r.request().kind() == ModuleRequest.Kind.REQUIRE) {
          verdict(project, node, r).ifPresent(d -> context.report(draft(m, r.request(), d)));
        }
      }
    }
  }

  /** What goes wrong, with an optional related location. */
  private record Verdict(String message, Optional<RelatedLocation> related) {}

  private static Optional<Verdict> verdict(JsProject project, NodeVersion node, ResolvedRequest r) {
    String spec = r.request().specifier().orElse("?");
    if (r.resolution() instanceof Resolution.NotExported n && n.importOnly()) {
      return Optional.of(
          new Verdict(
              "package "
                  + n.packageName()
                  + " is ESM-only: its \"exports\" answers only the import condition, so"
                  + " require('"
                  + spec
                  + "') fails with ERR_PACKAGE_PATH_NOT_EXPORTED on every Node version; load it"
                  + " with await import('"
                  + spec
                  + "').",
              Optional.empty()));
    }
    if (!(r.resolution() instanceof Resolution.File f)) {
      return Optional.empty();
    }
    Optional<JsModule> target = project.module(f.path());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    JsModule t = target.get();
    if (t.facts().bundlerInput().isPresent()) {
      return Optional.empty(); // JSX or asset imports: only a bundler can load it anyway
    }
    RunMode mode = t.runsAs(node);
    if (!mode.isEsm()) {
      // A typeless file with module syntax on a Node without detection: CommonJS loading hits a
      // SyntaxError. Inside the tree EsmSyntaxInCommonJs reports it at the file itself.
      if (!t.analysed()
          && t.type().kind() == ModuleType.Kind.AMBIGUOUS
          && !t.facts().typeScript()
          && !t.facts().runtimeEsmSyntax().isEmpty()) {
        return Optional.of(
            new Verdict(
                "require('"
                    + spec
                    + "') loads "
                    + t.path()
                    + ", an ES module without a declared type; Node "
                    + node
                    + " compiles it as CommonJS and fails with a SyntaxError; use await import('"
                    + spec
                    + "') or Node 20.19/22.12+.",
                Optional.empty()));
      }
      return Optional.empty();
    }
    Optional<AsyncGraphSite> tla = project.topLevelAwaitInGraph(t);
    if (tla.isPresent()) {
      return Optional.of(
          new Verdict(
              "require('"
                  + spec
                  + "') loads an ES module ("
                  + t.type().reason()
                  + ") whose graph awaits at the top level in "
                  + tla.get().module().path()
                  + ": it fails on every Node version (ERR_REQUIRE_ASYNC_MODULE, ERR_REQUIRE_ESM"
                  + " before require(esm)); use await import('"
                  + spec
                  + "').",
              Optional.of(new RelatedLocation(tla.get().await().location(), "top-level await"))));
    }
    if (!node.requiresEsm()) {
      return Optional.of(
          new Verdict(
              "require('"
                  + spec
                  + "') loads an ES module ("
                  + t.type().reason()
                  + "); Node "
                  + node
                  + " fails with ERR_REQUIRE_ESM (require(esm) needs 20.19 or 22.12); use await"
                  + " import('"
                  + spec
                  + "') or raise engines.node.",
              Optional.empty()));
    }
    return Optional.empty();
  }

  private static FindingDraft draft(JsModule m, ModuleRequest request, Verdict v) {
    return new FindingDraft(
        request.location(),
        v.message(),
        v.related().map(List::of).orElse(List.of()),
        List.of(),
        m.path(),
        request.snippet());
  }
}
