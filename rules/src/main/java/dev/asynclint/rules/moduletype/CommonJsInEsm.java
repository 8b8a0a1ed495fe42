package dev.asynclint.rules.moduletype;

import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.js.CommonJsGlobal;
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
 * The CommonJS wrapper's variables ({@code require}, {@code module}, {@code exports}, {@code
 * __dirname}, {@code __filename}) used in a file Node runs as an ES module because of its extension
 * or package type: each use throws a ReferenceError when it runs. A local binding of the name
 * ({@code const require = createRequire(import.meta.url)}) and uses in files that test {@code
 * typeof name} first (UMD wrappers) are not flagged. Typeless files that reach ESM only by syntax
 * detection mix both systems and belong to MixedModuleSyntax.
 */
public final class CommonJsInEsm implements Rule {
  private static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor(
          "CommonJsInEsm",
          Family.MODULE_TYPE,
          Severity.ERROR,
          Precision.HIGH,
          "A CommonJS global is used in an ES module, where it is not defined.",
          List.of("correctness", "node"),
          RuleDocs.load("CommonJsInEsm"));

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
      if (m.runsAs(node) != RunMode.ESM) {
        continue;
      }
      for (CommonJsGlobal g : m.facts().unguardedCommonJsGlobals()) {
        String message =
            "Node runs this file as an ES module ("
                + m.type().reason()
                + "), where "
                + g.name()
                + " is not defined: this line throws a ReferenceError when it runs; "
                + replacement(g.name(), node)
                + ".";
        context.report(FindingDraft.at(g.location(), message, m.path(), g.snippet()));
      }
    }
  }

  private static String replacement(String name, NodeVersion node) {
    return switch (name) {
      case "require" ->
          "use import (or await import() for conditional loading), or"
              + " `const require = createRequire(import.meta.url)` from node:module";
      case "module", "exports" -> "use export / export default instead of " + name;
      case "__dirname" ->
          node.hasImportMetaDirname()
              ? "use import.meta.dirname"
              : "use path.dirname(fileURLToPath(import.meta.url)) (import.meta.dirname needs"
                  + " Node 20.11)";
      case "__filename" ->
          node.hasImportMetaDirname()
              ? "use import.meta.filename"
              : "use fileURLToPath(import.meta.url) (import.meta.filename needs Node 20.11)";
      default -> "use the ES module equivalent";
    };
  }
}
