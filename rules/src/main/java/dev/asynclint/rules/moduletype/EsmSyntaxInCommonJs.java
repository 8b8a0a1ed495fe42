package dev.asynclint.rules.moduletype;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.js.EsmSyntax;
import dev.asynclint.core.js.JsModule;
import dev.asynclint.core.js.JsProject;
import dev.asynclint.core.js.ModuleType;
import dev.asynclint.core.js.NodeVersion;
import dev.asynclint.core.js.RunMode;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.List;

/**
 * ES module syntax in a file Node runs as CommonJS: a {@code .cjs} file, a {@code .js} file under
 * {@code "type": "commonjs"}, or a typeless {@code .js} file on a Node without syntax detection.
 * CommonJS compiles the whole file first, so the first import, export, {@code import.meta} or
 * top-level await is a SyntaxError before any line runs. One finding per file, at the first such
 * site (the one Node names).
 */
public final class EsmSyntaxInCommonJs implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "EsmSyntaxInCommonJs",
          Family.MODULE_TYPE,
          Severity.ERROR,
          Precision.VERY_HIGH,
          "ES module syntax in a file Node loads as CommonJS fails with a SyntaxError at startup.",
          List.of("correctness", "node"),
          RuleDocs.load("EsmSyntaxInCommonJs"));

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
      if (m.runsAs(node) != RunMode.COMMONJS) {
        continue;
      }
      boolean ambiguous = m.type().kind() == ModuleType.Kind.AMBIGUOUS;
      if (ambiguous && !m.facts().typeScript() && !m.facts().unguardedCommonJsGlobals().isEmpty()) {
        continue; // both module systems in a typeless file: MixedModuleSyntax reports it
      }
      List<EsmSyntax> syntax =
          m.facts().runtimeEsmSyntax().stream()
              // tsc turns import/export into require()/exports for CommonJS output; only
              // import.meta and top-level await have no CommonJS form (TS1343, TS1309).
              .filter(
                  s ->
                      !m.facts().typeScript()
                          || s.kind() == EsmSyntax.Kind.IMPORT_META
                          || s.kind() == EsmSyntax.Kind.TOP_LEVEL_AWAIT)
              .toList();
      if (syntax.isEmpty()) {
        continue;
      }
      EsmSyntax first = syntax.get(0);
      String why =
          ambiguous
              ? "Node "
                  + node
                  + " runs this file as CommonJS ("
                  + m.type().reason()
                  + "; syntax detection only arrived in 20.19 and 22.7)"
              : "Node runs this file as CommonJS (" + m.type().reason() + ")";
      String more = syntax.size() > 1 ? " (" + (syntax.size() - 1) + " more in this file)" : "";
      String message =
          why
              + ", so this "
              + first.kind().label()
              + " is a SyntaxError at startup"
              + more
              + "; "
              + fix(first.kind(), ambiguous)
              + ".";
      context.report(FindingDraft.at(first.location(), message, m.path(), first.snippet()));
    }
  }

  private static String fix(EsmSyntax.Kind kind, boolean ambiguous) {
    String toEsm =
        ambiguous
            ? "or make the file an ES module: add \"type\": \"module\" to its package.json or"
                + " rename it to .mjs"
            : "or make the file an ES module by renaming it to .mjs";
    return switch (kind) {
      case IMPORT -> "use require() " + toEsm;
      case EXPORT -> "use module.exports " + toEsm;
      case IMPORT_META -> "use __filename and __dirname " + toEsm;
      case TOP_LEVEL_AWAIT -> "move the await into an async function " + toEsm;
    };
  }
}
