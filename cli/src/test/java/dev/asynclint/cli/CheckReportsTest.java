package dev.asynclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} with SARIF, several reports, suppressed findings and baselines. */
class CheckReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SERVER =
      """
      package app;

      import io.vertx.core.AbstractVerticle;

      public class Server extends AbstractVerticle {
        @Override
        public void start() {
          vertx.setTimer(10, id -> {
            try {
              Thread.sleep(10);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
        }

        @SuppressWarnings("asynclint:BlockingCallOnEventLoop")
        void warmUp() {
          vertx.setTimer(1, id -> {
            try {
              Thread.sleep(5);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
        }
      }
      """;

  private static CliRun check(String... args) {
    var all = new ArrayList<String>(List.of("check", "--quiet", "--jobs", "2"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static Path tree(Path root, String server) throws Exception {
    Path file = root.resolve("src/main/java/app/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, server);
    return file;
  }

  @Test
  void sarifToStdoutLeavesSuppressedFindingsOut(@TempDir Path root) throws Exception {
    tree(root, SERVER);
    CliRun run = check("--format", "sarif", root.toString());
    assertEquals(1, run.exit(), run.err());
    JsonNode log = JSON.readTree(run.out());
    assertEquals("2.1.0", log.path("version").asText());
    assertEquals("asynclint", log.at("/runs/0/tool/driver/name").asText());
    JsonNode results = log.at("/runs/0/results");
    assertEquals(1, results.size(), results.toString());
    assertEquals("BlockingCallOnEventLoop", results.at("/0/ruleId").asText());
    assertFalse(results.at("/0").has("suppressions"));
  }

  @Test
  void includeSuppressedWritesThemWithTheirSuppression(@TempDir Path root) throws Exception {
    tree(root, SERVER);
    CliRun run = check("--format", "sarif", "--include-suppressed", root.toString());
    assertEquals(1, run.exit(), "the gate still ignores suppressed findings");
    JsonNode results = JSON.readTree(run.out()).at("/runs/0/results");
    assertEquals(2, results.size());
    long suppressed = 0;
    for (JsonNode r : results) {
      if (r.has("suppressions")) {
        suppressed++;
        assertEquals("inSource", r.at("/suppressions/0/kind").asText());
      }
    }
    assertEquals(1, suppressed);
  }

  @Test
  void oneRunWritesSeveralFormats(@TempDir Path root) throws Exception {
    tree(root, SERVER);
    Path sarif = root.resolve("reports/asynclint.sarif");
    Path json = root.resolve("reports/asynclint.json");
    CliRun run =
        check(
            "--report",
            "sarif=" + sarif,
            "--report",
            "json=" + json,
            root.resolve("src").toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("error BlockingCallOnEventLoop"), run.out());
    assertEquals(1, JSON.readTree(sarif.toFile()).at("/runs/0/results").size());
    assertEquals(1, JSON.readTree(json.toFile()).path("formatVersion").asInt());
  }

  @Test
  void badFormatsAndReportsAreUsageErrors(@TempDir Path root) throws Exception {
    tree(root, SERVER);
    CliRun unknown = check("--format", "xml", root.toString());
    assertEquals(ExitCodes.USAGE, unknown.exit());
    assertTrue(unknown.err().contains("text, json or sarif"), unknown.err());
    for (String bad : List.of("sarif", "html=out.html", "=x.sarif", "sarif=")) {
      CliRun run = check("--report", bad, root.toString());
      assertEquals(ExitCodes.USAGE, run.exit(), bad);
      assertTrue(run.err().contains("expected FORMAT=FILE"), run.err());
    }
  }

  @Test
  void baselineOptionsAreChecked(@TempDir Path root) throws Exception {
    tree(root, SERVER);
    CliRun noFile = check("--update-baseline", root.toString());
    assertEquals(ExitCodes.USAGE, noFile.exit());
    assertTrue(noFile.err().contains("needs --baseline"), noFile.err());

    CliRun missing = check("--baseline", root.resolve("none.json").toString(), root.toString());
    assertEquals(ExitCodes.USAGE, missing.exit());
    assertTrue(missing.err().contains("--update-baseline"), missing.err());

    Path broken = Files.writeString(root.resolve("broken.json"), "{\"findings\": 3}");
    CliRun bad = check("--baseline", broken.toString(), root.toString());
    assertEquals(ExitCodes.USAGE, bad.exit());
    assertTrue(bad.err().contains("asynclintBaseline"), bad.err());
  }

  @Test
  void baselineAcceptsTodaysFindingsAndGatesOnNewOnes(@TempDir Path root) throws Exception {
    Path file = tree(root, SERVER);
    Path baseline = root.resolve("asynclint-baseline.json");

    CliRun update = check("--baseline", baseline.toString(), "--update-baseline", root.toString());
    assertEquals(ExitCodes.CLEAN, update.exit(), update.err());
    assertTrue(update.err().contains("accepting 1 findings"), update.err());
    assertEquals(1, JSON.readTree(baseline.toFile()).path("findings").size());

    CliRun same = check("--baseline", baseline.toString(), root.toString());
    assertEquals(ExitCodes.CLEAN, same.exit(), same.out());

    // Lines above, and a new blocking call in the timer callback.
    String edited =
        SERVER
            .replace("package app;\n", "package app;\n\n// moved down by two lines\n")
            .replace(
                "Thread.sleep(10);\n",
                "Thread.sleep(10);\n        new java.util.concurrent.CountDownLatch(1).await();\n");
    assertTrue(edited.contains("CountDownLatch"));
    Files.writeString(file, edited);
    CliRun after = check("--baseline", baseline.toString(), "--format", "sarif", root.toString());
    assertEquals(ExitCodes.FINDINGS, after.exit(), after.err());
    JsonNode results = JSON.readTree(after.out()).at("/runs/0/results");
    assertEquals(1, results.size(), results.toString());
    assertEquals("new", results.at("/0/baselineState").asText());
    assertTrue(
        results.at("/0/message/text").asText().contains("CountDownLatch.await"),
        results.toString());
  }
}
