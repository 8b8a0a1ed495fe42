package dev.asynclint.rules.moduletype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.testsupport.NodeBinaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle: every case of spec/esm-matrix (vendored under test resources) run by real Node of
 * each version and by asynclint with that {@code --node-version}. asynclint must report an
 * error-level finding exactly when Node fails for a module-type reason. Each case is classified
 * below with the failure Node must show if it fails; a failure of another shape fails the test too,
 * so a changed Node cannot silently turn a disagreement into an agreement.
 */
class EsmMatrixOracleTest {
  static final List<String> VERSIONS =
      List.of("18.20.8", "20.18.3", "20.20.2", "22.6.0", "22.12.0", "24.21.0");

  /** What Node's failure looks like when it fails for a module-type reason. */
  private static final String MODULE_TYPE_FAILURE =
      "Cannot use import statement outside a module|Cannot use 'import\\.meta' outside a module"
          + "|await is only valid in async functions|is not defined in ES module scope"
          + "|ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|Unexpected token 'export'";

  /**
   * A case's classification.
   *
   * @param moduleType whether a Node failure on it is a module-type failure (in the family)
   * @param failure what Node's output must show when it fails
   * @param why the reason for the classification
   */
  record CaseClass(boolean moduleType, Pattern failure, String why) {
    static CaseClass inFamily(String why) {
      return new CaseClass(true, Pattern.compile(MODULE_TYPE_FAILURE), why);
    }

    static CaseClass outside(String failure, String why) {
      return new CaseClass(false, Pattern.compile(failure), why);
    }
  }

  static final Map<String, CaseClass> CASES =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(
                  "A0_js_import_nopkg",
                  CaseClass.inFamily(
                      "import in a .js file without package.json: SyntaxError without syntax detection")),
              Map.entry(
                  "A_js_import_typeless",
                  CaseClass.inFamily(
                      "import in a typeless package: SyntaxError without syntax detection")),
              Map.entry("B_esm_require", CaseClass.inFamily("require in \"type\": \"module\"")),
              Map.entry("C_esm_dirname", CaseClass.inFamily("__dirname in \"type\": \"module\"")),
              Map.entry(
                  "D2_cjs_require_esm_tla",
                  CaseClass.inFamily("require() of an ES module with top-level await")),
              Map.entry(
                  "D3_cjs_require_esm_pkg",
                  new CaseClass(
                      true,
                      Pattern.compile("ERR_PACKAGE_PATH_NOT_EXPORTED"),
                      "require() of an ESM-only package (exports answers only \"import\");"
                          + " implemented by RequireOfEsm")),
              Map.entry(
                  "D4_cjs_require_esm_pkg_default",
                  CaseClass.inFamily("require() of an ES module package before require(esm)")),
              Map.entry(
                  "D_cjs_require_esm", CaseClass.inFamily("require() of .mjs before require(esm)")),
              Map.entry(
                  "E2_esm_import_cjs_dynamic",
                  CaseClass.outside(
                      "Named export '.*' not found",
                      "named export that cjs-module-lexer cannot see: an interop detail, not the"
                          + " module type")),
              Map.entry(
                  "E_esm_import_cjs_named",
                  CaseClass.inFamily("ESM importing CommonJS named exports: runs everywhere")),
              Map.entry(
                  "F2_js_import_meta_typeless",
                  CaseClass.inFamily(
                      "import.meta in a typeless package: SyntaxError without syntax detection")),
              Map.entry("F_cjs_import_meta", CaseClass.inFamily("import.meta in .cjs")),
              Map.entry("G2_cjs_tla", CaseClass.inFamily("top-level await in .cjs")),
              Map.entry(
                  "G_js_tla_typeless", CaseClass.inFamily("top-level await in a typeless package")),
              Map.entry(
                  "H_cjs_dynamic_import",
                  CaseClass.inFamily("dynamic import() from CommonJS: runs everywhere")),
              Map.entry("I_mjs_require", CaseClass.inFamily("require in .mjs")),
              Map.entry(
                  "J_cjs_import_in_esm_pkg",
                  CaseClass.inFamily("import in .cjs inside a module package")),
              Map.entry(
                  "K_nearest_pkg",
                  CaseClass.inFamily("nearest package.json without type wins: runs everywhere")),
              Map.entry(
                  "L_esm_extensionless",
                  CaseClass.outside(
                      "ERR_MODULE_NOT_FOUND",
                      "ESM does not add extensions: a resolution error, not the module type")),
              Map.entry(
                  "M_esm_dir_import",
                  CaseClass.outside(
                      "ERR_UNSUPPORTED_DIR_IMPORT", "directory import in ESM: resolution")),
              Map.entry(
                  "N_exports_not_exported",
                  CaseClass.outside(
                      "ERR_PACKAGE_PATH_NOT_EXPORTED",
                      "subpath not in the package's exports: resolution, for any module type")),
              Map.entry(
                  "O_esm_json_no_attr",
                  CaseClass.outside(
                      "ERR_IMPORT_ASSERTION_TYPE_MISSING|ERR_IMPORT_ATTRIBUTE_MISSING",
                      "JSON import without an import attribute")),
              Map.entry(
                  "P_mixed_import_require",
                  CaseClass.inFamily("import and require in one typeless file")),
              Map.entry(
                  "Q_esm_module_exports",
                  CaseClass.inFamily("module.exports in \"type\": \"module\"")),
              Map.entry("R_esm_exports_x", CaseClass.inFamily("exports.x in \"type\": \"module\"")),
              Map.entry(
                  "S_js_import_explicit_cjs",
                  CaseClass.inFamily("import under \"type\": \"commonjs\"")),
              Map.entry(
                  "T_cjs_require_typeless_esm_js",
                  CaseClass.inFamily(
                      "require() of a typeless ES module: SyntaxError without detection"))));

  @TempDir Path work;

  /** One cell of the table. */
  record Cell(boolean nodeFailed, boolean moduleTypeFailure, boolean lintError, String detail) {
    boolean agrees() {
      return lintError == moduleTypeFailure;
    }

    String show() {
      String node = !nodeFailed ? "ok" : moduleTypeFailure ? "FAIL" : "fail*";
      String lint = lintError ? "error" : "-";
      return node + "/" + lint + (agrees() ? "" : " DISAGREE");
    }
  }

  @Test
  void asynclintAgreesWithNodeOnEveryCaseAndVersion() throws Exception {
    Path cases = copyCases();
    List<String> caseNames;
    try (Stream<Path> s = Files.list(cases)) {
      caseNames = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(CASES.keySet().stream().toList(), caseNames, "every vendored case is classified");

    var nodes = new LinkedHashMap<String, Path>();
    for (String v : VERSIONS) {
      nodes.put(v, NodeBinaries.install(v));
    }
    var problems = new ArrayList<String>();
    var table = new TreeMap<String, List<Cell>>();
    for (String name : caseNames) {
      Path dir = cases.resolve(name);
      CaseClass cls = CASES.get(name);
      String entry = entry(dir);
      var row = new ArrayList<Cell>();
      for (String v : VERSIONS) {
        NodeBinaries.Run run = NodeBinaries.run(nodes.get(v), dir, entry);
        boolean failed = run.exitCode() != 0;
        if (failed && !cls.failure().matcher(run.output()).find()) {
          problems.add(
              name
                  + " on "
                  + v
                  + " failed differently than classified: "
                  + firstLines(run.output()));
        }
        AnalysisResult result = ModuleTypeHarness.analyse(dir, Optional.of(v));
        List<Finding> errors =
            result.findings().stream()
                .filter(f -> !f.isSuppressed() && f.severity() == Severity.ERROR)
                .toList();
        for (Diagnostic d : result.diagnostics()) {
          if (d.level() == Severity.ERROR) {
            problems.add(name + " on " + v + ": unexpected diagnostic " + d);
          }
        }
        Cell cell =
            new Cell(
                failed,
                failed && cls.moduleType(),
                !errors.isEmpty(),
                errors.stream().map(f -> f.ruleId() + "@" + f.location()).toList()
                    + " node: "
                    + firstLines(run.output()));
        if (!cell.agrees()) {
          problems.add(name + " on " + v + ": " + cell.show() + " " + cell.detail());
        }
        row.add(cell);
      }
      table.put(name, row);
    }
    String rendered = render(table);
    System.out.println(rendered);
    Files.writeString(Path.of("target", "esm-matrix-oracle.md"), rendered, StandardCharsets.UTF_8);
    assertEquals(List.of(), problems, rendered);
  }

  private static String render(Map<String, List<Cell>> table) {
    var sb = new StringBuilder();
    sb.append("| case | ").append(String.join(" | ", VERSIONS)).append(" | class |\n");
    sb.append("|---|").append("---|".repeat(VERSIONS.size())).append("---|\n");
    for (var row : table.entrySet()) {
      sb.append("| ").append(row.getKey()).append(" | ");
      for (Cell c : row.getValue()) {
        sb.append(c.show()).append(" | ");
      }
      CaseClass cls = CASES.get(row.getKey());
      sb.append(cls.moduleType() ? "module-type" : "outside: " + cls.why()).append(" |\n");
    }
    sb.append(
        "\nnode: ok = runs, FAIL = fails for a module-type reason, fail* = fails for a reason"
            + " outside the family; asynclint: error = an error-level finding, - = none.\n");
    return sb.toString();
  }

  private Path copyCases() throws IOException {
    Path source;
    try {
      source = Path.of(EsmMatrixOracleTest.class.getResource("/esm-matrix/cases").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path target = work.resolve("cases");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  private static String entry(Path dir) {
    for (String e : List.of("index.js", "index.cjs", "index.mjs")) {
      if (Files.exists(dir.resolve(e))) {
        return e;
      }
    }
    throw new UncheckedIOException(new IOException("no entry point in " + dir));
  }

  private static String firstLines(String output) {
    return output.lines().filter(l -> !l.isBlank()).limit(6).toList().toString();
  }
}
