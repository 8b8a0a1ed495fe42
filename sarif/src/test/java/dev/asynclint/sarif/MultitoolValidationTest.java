package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's SARIF validator ({@code Sarif.Multitool validate}, npm {@code
 * @microsoft/sarif-multitool}) with the rule kinds GitHub cares about, over every golden file. Runs
 * when {@code -Psarif-multitool} installed the tool and set {@code sarif.multitool}.
 *
 * <p>One warning is accepted on purpose: SARIF1001 asks that a rule's {@code name} differ from its
 * {@code id}. Our ids are already the readable CamelCase names (DESIGN 4: id = class name, stable
 * forever) and GitHub filters alerts by {@code name}, so both stay equal.
 */
@EnabledIfSystemProperty(named = "sarif.multitool", matches = ".+")
class MultitoolValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCEPTED = "SARIF1001";

  @Test
  void goldenFilesAndBuiltInRulesPassSarifAndGhasRules(@TempDir Path tmp) throws Exception {
    var files = new ArrayList<Path>();
    try (var stream = Files.list(SarifGoldenTest.GOLDEN_DIR)) {
      stream.filter(p -> p.toString().endsWith(".sarif")).sorted().forEach(files::add);
    }
    assertEquals(7, files.size(), "golden files: " + files);
    // And the shipped rules with their real docs.
    Path builtIn = tmp.resolve("built-in-rules.sarif");
    Files.writeString(
        builtIn,
        new SarifWriter(SarifGoldenTest.options())
            .toJson(BuiltInRulesSarifTest.oneFindingPerBuiltInRule()),
        StandardCharsets.UTF_8);
    files.add(builtIn);
    List<String> problems = validate(files, tmp.resolve("report.sarif"));
    assertEquals(List.of(), problems.stream().filter(p -> !p.startsWith(ACCEPTED)).toList());
  }

  /** The harness itself must be able to fail: a broken log has to produce errors. */
  @Test
  void aBrokenLogIsReported(@TempDir Path tmp) throws Exception {
    ObjectNode log =
        (ObjectNode)
            JSON.readTree(new SarifWriter(SarifGoldenTest.options()).toJson(SampleResults.chain()));
    ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
    result.put("ruleIndex", 7);
    ((ObjectNode) result.at("/locations/0/physicalLocation/artifactLocation"))
        .put("uri", "/abs/File.java");
    Path broken = tmp.resolve("broken.sarif");
    Files.writeString(broken, JSON.writeValueAsString(log), StandardCharsets.UTF_8);
    List<String> problems = validate(List.of(broken), tmp.resolve("report.sarif"));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("SARIF1009")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("SARIF1004")), problems.toString());
  }

  /** Errors and warnings the validator reports, as "RULE: message", sorted. */
  private static List<String> validate(List<Path> files, Path report) throws Exception {
    Path tool = Path.of(System.getProperty("sarif.multitool"));
    assertTrue(Files.isRegularFile(tool), "no Sarif.Multitool at " + tool);
    if (!Files.isExecutable(tool)) {
      // npm leaves the mode to the package's postinstall script, which npm may not run.
      assertTrue(tool.toFile().setExecutable(true), "cannot make " + tool + " executable");
    }
    var command = new ArrayList<String>();
    command.add(tool.toString());
    command.add("validate");
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    command.addAll(
        List.of(
            "--rule-kind", "Sarif;Ghas", "--output", report.toString(), "--log", "ForceOverwrite"));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(report.resolveSibling("multitool.log").toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Sarif.Multitool timed out");
    String console = Files.readString(report.resolveSibling("multitool.log"));
    assertEquals(0, process.exitValue(), console);
    JsonNode run = JSON.readTree(report.toFile()).at("/runs/0");
    JsonNode invocation = run.at("/invocations/0");
    assertTrue(invocation.path("executionSuccessful").asBoolean(), invocation.toString());
    assertFalse(invocation.has("toolExecutionNotifications"), invocation.toString());
    var problems = new ArrayList<String>();
    for (JsonNode r : run.path("results")) {
      // Absent level means warning (SARIF 3.27.10); notes only appear when asked for.
      String level = r.path("level").asText("warning");
      if (level.equals("error") || level.equals("warning")) {
        problems.add(r.path("ruleId").asText() + ": " + message(r));
      }
    }
    problems.sort(null);
    return problems;
  }

  private static String message(JsonNode result) throws IOException {
    return result.path("message").path("id").asText()
        + " "
        + JSON.writeValueAsString(result.path("message").path("arguments"));
  }
}
