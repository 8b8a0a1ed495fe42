package dev.asynclint.rules.moduletype;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.js.CommonJsGlobal;
import dev.asynclint.core.js.EsmSyntax;
import dev.asynclint.core.js.JsModule;
import dev.asynclint.core.js.JsProject;
import dev.asynclint.core.js.ModuleType;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.RuleDocs;
import java.util.List;

/**
 * A typeless file that uses both ES module syntax and CommonJS globals. Whatever Node picks, it
 * fails: as CommonJS the import/export is a SyntaxError, as ESM (syntax detection, 20.19 and 22.7
 * on) the CommonJS global is a ReferenceError. Files whose type is fixed by extension or package
 * type are left to EsmSyntaxInCommonJs or CommonJsInEsm, whose messages name the one system the
 * file is in. The finding sits on the first CommonJS use, the usual thing to convert.
 */
public final class MixedModuleSyntax implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "MixedModuleSyntax",
          Family.MODULE_TYPE,
          Severity.ERROR,
          Precision.VERY_HIGH,
          "A file mixes ES module syntax with CommonJS globals and fails on every Node version.",
          List.of("correctness", "node"),
          RuleDocs.load("MixedModuleSyntax"));

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    context.facts(JsProject.class).ifPresent(project -> check(project, context));
  }

  private static void check(JsProject project, RuleContext context) {
    for (JsModule m : project.runnableModules()) {
      // TypeScript: tsc rewrites import/export for CommonJS output, so mixing is legal there.
      if (m.type().kind() != ModuleType.Kind.AMBIGUOUS || m.facts().typeScript()) {
        continue;
      }
      List<EsmSyntax> esm = m.facts().runtimeEsmSyntax();
      List<CommonJsGlobal> cjs = m.facts().unguardedCommonJsGlobals();
      if (esm.isEmpty() || cjs.isEmpty()) {
        continue;
      }
      CommonJsGlobal first = cjs.get(0);
      EsmSyntax esmFirst = esm.get(0);
      String message =
          "This file ("
              + m.type().reason()
              + ") mixes ES module syntax ("
              + esmFirst.kind().label()
              + ", line "
              + esmFirst.location().startLine()
              + ") with CommonJS "
              + first.name()
              + ": run as CommonJS the "
              + esmFirst.kind().label()
              + " is a SyntaxError, run as ESM "
              + first.name()
              + " is a ReferenceError, so it fails on every Node version; pick one system,"
              + " e.g. replace "
              + first.name()
              + " with import / createRequire(import.meta.url) and add \"type\": \"module\".";
      context.report(
          new FindingDraft(
              first.location(),
              message,
              List.of(new RelatedLocation(esmFirst.location(), "ES module syntax")),
              List.of(),
              m.path(),
              first.snippet()));
    }
  }
}
