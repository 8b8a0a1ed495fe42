package dev.asynclint.rules.moduletype;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.js.EsmSyntax;
import dev.asynclint.core.js.JsModule;
import dev.asynclint.core.js.JsProject;
import dev.asynclint.core.js.NodeVersion;
import dev.asynclint.core.js.RunMode;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.List;

/**
 * A typeless {@code .js} file with ES module syntax that runs only because of syntax detection
 * (Node 20.19 and 22.7 on): Node first compiles it as CommonJS, fails, and compiles it again as
 * ESM, and with a package.json it prints MODULE_TYPELESS_PACKAGE_JSON. It works, so this is a note;
 * on a Node without detection the same file is an EsmSyntaxInCommonJs error.
 */
public final class AmbiguousModuleType implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "AmbiguousModuleType",
          Family.MODULE_TYPE,
          Severity.NOTE,
          Precision.VERY_HIGH,
          "A typeless .js file runs as ESM only through syntax detection: slower start and a"
              + " warning.",
          List.of("performance", "node"),
          RuleDocs.load("AmbiguousModuleType"));

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
      if (m.runsAs(node) != RunMode.ESM_BY_DETECTION
          || !m.facts().unguardedCommonJsGlobals().isEmpty()) {
        continue; // with CommonJS globals too the file fails: MixedModuleSyntax
      }
      EsmSyntax first = m.facts().runtimeEsmSyntax().get(0);
      boolean hasPackageJson = m.type().packageJson().isPresent();
      String message =
          "This file has no declared module type ("
              + m.type().reason()
              + "); Node "
              + node
              + " runs it as an ES module only after its CommonJS parse fails on this "
              + first.kind().label()
              + (hasPackageJson
                  ? ", parsing it twice and warning MODULE_TYPELESS_PACKAGE_JSON"
                  : ", parsing it twice")
              + "; add \"type\": \"module\" to "
              + m.type().packageJson().orElse("a package.json beside it")
              + " or rename the file to .mjs (older Node fails on it).";
      context.report(FindingDraft.at(first.location(), message, m.path(), first.snippet()));
    }
  }
}
