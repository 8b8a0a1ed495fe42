package dev.asynclint.rules.moduletype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module-type rules against inline-marker trees: every finding must be announced by an {@code
 * // expect:} marker on its line and every marker met. The Node target comes from each tree's
 * engines.node (or the LTS default), so target selection is exercised too.
 */
class ModuleTypeRulesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "esm-pkg",
        "cjs-pkg",
        "typeless-node18",
        "typeless-node22",
        "typescript",
        "ts-esm",
        "frontend"
      })
  void markersHold(String tree) {
    List<String> problems =
        ModuleTypeHarness.mismatches(ModuleTypeHarness.resource(tree), Optional.empty(), Set.of());
    assertEquals(List.of(), problems, tree);
  }

  @Test
  void sampleShowsEveryRule() {
    // samples/js/module-type is what `asynclint check samples` shows: one finding per rule.
    Path sample = Path.of("..", "samples", "js", "module-type").toAbsolutePath().normalize();
    assertEquals(List.of(), ModuleTypeHarness.mismatches(sample, Optional.empty(), Set.of()));
    assertEquals(
        ModuleTypeHarness.RULE_IDS,
        ModuleTypeHarness.markers(sample).stream()
            .map(dev.asynclint.core.expect.ExpectMarker::ruleId)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void malformedPackageJsonIsADiagnosticAndItsFilesAreTypeless() {
    var root = ModuleTypeHarness.resource("malformed");
    List<String> problems =
        ModuleTypeHarness.mismatches(root, Optional.empty(), Set.of(Diagnostic.Kind.PACKAGE_JSON));
    assertEquals(List.of(), problems);
    AnalysisResult result = ModuleTypeHarness.analyse(root, Optional.empty());
    Diagnostic d =
        result.diagnostics().stream()
            .filter(x -> x.kind() == Diagnostic.Kind.PACKAGE_JSON)
            .findFirst()
            .orElseThrow();
    assertEquals("package.json", d.path());
    assertEquals(1, d.line());
    assertTrue(d.column() > 30, "column of the trailing comma, was " + d.column());
  }

  @Test
  void nodeVersionOptionOverridesEngines() {
    // typeless-node22 says engines >=22.12; on 18 its ESM file is an error, not a note.
    AnalysisResult result =
        ModuleTypeHarness.analyse(
            ModuleTypeHarness.resource("typeless-node22"), Optional.of("18.20.8"));
    assertTrue(
        result.findings().stream().map(Finding::ruleId).anyMatch("EsmSyntaxInCommonJs"::equals),
        result.findings().toString());
    assertEquals("18.20.8 (--node-version)", result.notes().get("node.target"));
  }

  @Test
  void targetNoteNamesEngines() {
    AnalysisResult result =
        ModuleTypeHarness.analyse(ModuleTypeHarness.resource("typeless-node18"), Optional.empty());
    assertEquals(
        "18.20.0 (lowest version engines.node \">=18.20 <19\" admits, package.json)",
        result.notes().get("node.target"));
  }
}
