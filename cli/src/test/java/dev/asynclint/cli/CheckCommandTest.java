package dev.asynclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asynclint check} through {@link AsynclintCommand#run}: exit codes, the text report, JSON,
 * {@code --output}, {@code --print-config} and usage errors (DESIGN 8). The command resolves paths
 * against the JVM's working directory, so every path given here is absolute and reports show
 * absolute paths.
 */
class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RULE = "BlockingCallOnEventLoop";
  private static final String SERVER_PATH = "src/main/java/app/Server.java";

  /** A timer callback that reaches a sleep through a helper: one finding on line 9. */
  private static final String SERVER =
      """
      package app;

      import io.vertx.core.Vertx;

      public class Server {
        Vertx vertx;

        void start() {
          vertx.setTimer(10, id -> nap());
        }

        static void nap() {
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
      """;

  private static final String SUPPRESSED =
      SERVER.replace(
          "    vertx.setTimer(",
          "    // asynclint-disable-next-line BlockingCallOnEventLoop -- warm-up only\n"
              + "    vertx.setTimer(");

  @TempDir Path root;

  private static CliRun asynclint(String... args) {
    return CliRun.of(args);
  }

  /** {@code check --quiet --jobs 2 ARGS...} */
  private static CliRun check(String... args) {
    var all = new ArrayList<>(List.of("check", "--quiet", "--jobs", "2"));
    all.addAll(Arrays.asList(args));
    return asynclint(all.toArray(String[]::new));
  }

  private Path server(String text) throws Exception {
    return write(SERVER_PATH, text);
  }

  private Path write(String rel, String text) throws Exception {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private String serverPath() {
    return root.resolve(SERVER_PATH).toString();
  }

  // ---- the text report and the gate

  @Test
  void findingFailsTheRunWithFrameChainAndSummary() throws Exception {
    server(SERVER);
    CliRun run = check(root.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();

    Pattern head =
        Pattern.compile(Pattern.quote(serverPath()) + ":9:\\d+: error " + RULE + " \\S.*");
    int at = indexOf(lines, l -> head.matcher(l).matches());
    assertTrue(at >= 0, run.out());
    assertEquals("  9 |     vertx.setTimer(10, id -> nap());", lines.get(at + 1));
    assertTrue(lines.get(at + 2).matches(" {4}\\| +\\^~*"), lines.get(at + 2));
    int caret = lines.get(at + 2).indexOf('^') - "  9 | ".length() + 1;
    int column = Integer.parseInt(lines.get(at).split(":")[2]);
    assertEquals(column, caret, "the caret sits under the reported column");

    int chain = indexOf(lines, l -> l.equals("    chain:"));
    assertTrue(chain > at, run.out());
    assertTrue(lines.get(chain + 1).startsWith("      " + serverPath() + ":9:"), run.out());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("      " + serverPath() + ":14:")),
        "the chain ends at the sleep: " + run.out());
    assertTrue(run.out().contains("asynclint-disable-next-line " + RULE), "the hint");
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("1 finding (1 error) in 1 files")), run.out());
    assertTrue(lines.contains("  " + RULE + ": 1"), run.out());
  }

  private static int indexOf(List<String> lines, java.util.function.Predicate<String> p) {
    for (int i = 0; i < lines.size(); i++) {
      if (p.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void suppressedFindingPassesTheGate() throws Exception {
    server(SUPPRESSED);
    CliRun run = check(root.toString());
    assertEquals(ExitCodes.CLEAN, run.exit(), run.out());
    assertFalse(run.out().contains("error " + RULE), run.out());
    assertTrue(run.out().startsWith("0 findings in 1 files, 1 suppressed"), run.out());
  }

  @Test
  void cleanTreeIsExitZero() throws Exception {
    server(SERVER.replace("Thread.sleep(1);", "Math.abs(1);"));
    CliRun run = check(root.toString());
    assertEquals(ExitCodes.CLEAN, run.exit(), run.out());
    assertTrue(run.out().startsWith("0 findings in 1 files"), run.out());
  }

  @Test
  void quietLeavesStderrEmptyAndOtherwiseTimingGoesThere() throws Exception {
    server(SERVER);
    assertEquals("", check(root.toString()).err());
    CliRun loud = asynclint("check", "--jobs", "1", root.toString());
    assertEquals(ExitCodes.FINDINGS, loud.exit());
    assertTrue(loud.err().startsWith("asynclint: analysed 1 files in "), loud.err());
    assertFalse(loud.out().contains("analysed"), "timing stays out of the results");
  }

  @Test
  void failOnSetsTheThreshold() throws Exception {
    server(SERVER);
    String path = root.toString();
    assertEquals(ExitCodes.FINDINGS, check("--fail-on", "error", path).exit());
    assertEquals(ExitCodes.FINDINGS, check("--fail-on", "NOTE", path).exit());
    String asNote = RULE + "=note";
    assertEquals(ExitCodes.CLEAN, check("--rule", asNote, path).exit(), "default is warning");
    assertEquals(ExitCodes.CLEAN, check("--rule", asNote, "--fail-on", "warning", path).exit());
    assertEquals(ExitCodes.FINDINGS, check("--rule", asNote, "--fail-on", "note", path).exit());
    CliRun off = check("--rule", RULE + "=off", path);
    assertEquals(ExitCodes.CLEAN, off.exit());
    assertTrue(off.out().startsWith("0 findings"), off.out());
  }

  @Test
  void failOnFromTheConfigurationFileAndTheOptionWins() throws Exception {
    server(SERVER);
    Path config =
        write(
            "conf/asynclint.json",
            "{\"rules\": {\"" + RULE + "\": \"warning\"}, \"failOn\": \"error\"}");
    String path = root.toString();
    assertEquals(ExitCodes.CLEAN, check("--config", config.toString(), path).exit());
    assertEquals(
        ExitCodes.FINDINGS,
        check("--config", config.toString(), "--fail-on", "warning", path).exit());
  }

  @Test
  void badFailOnIsAUsageError() throws Exception {
    server(SERVER);
    CliRun run = check("--fail-on", "fatal", root.toString());
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("--fail-on"), run.err());
    assertTrue(run.err().contains("'fatal'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void parseProblemsAreReportedButDoNotFailTheGate() throws Exception {
    server(SERVER.replace("Thread.sleep(1);", "Math.abs(1);"));
    Path broken = write("src/main/java/app/Broken.java", "class Broken {\n  void f( {\n}\n");
    CliRun run = check(root.toString());
    assertEquals(ExitCodes.CLEAN, run.exit(), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(l -> l.startsWith(broken + ":2:") && l.contains(" error [parse-error] ")),
        run.out());
    assertTrue(run.out().contains("0 findings in 1 files, 1 file not analysed"), run.out());
  }

  @Test
  void summaryNotesComeInKeyOrder() throws Exception {
    server(SERVER);
    write("web/index.mjs", "export const x = 1;\n");
    Path baseline = root.resolve("baseline.json");
    CliRun run = check("--baseline", baseline.toString(), "--update-baseline", root.toString());
    assertEquals(ExitCodes.CLEAN, run.exit(), run.err());
    List<String> notes =
        run.out().lines().filter(l -> l.matches("  [a-z]+\\.[A-Za-z.]+: .*")).toList();
    assertTrue(notes.size() >= 3, run.out());
    var sorted = new ArrayList<>(notes);
    sorted.sort(null);
    assertEquals(sorted, notes);
  }

  @Test
  void caretStaysUnderTheColumnOnTabIndentedLines() throws Exception {
    server(
        SERVER.replace(
            "    vertx.setTimer(10, id -> nap());", "\t\tvertx.setTimer(10, id -> nap());"));
    CliRun run = check(root.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    int at = indexOf(lines, l -> l.startsWith(serverPath() + ":9:"));
    assertTrue(at >= 0, run.out());
    int column = Integer.parseInt(lines.get(at).split(":")[2]);
    String code = lines.get(at + 1);
    String caret = lines.get(at + 2);
    assertEquals("  9 |   vertx.setTimer(10, id -> nap());", code, "a tab shows as one space");
    assertEquals(column, caret.indexOf('^') - "  9 | ".length() + 1);
    assertEquals("nap()", code.substring(caret.indexOf('^'), caret.indexOf('^') + 5));
  }

  @Test
  void singleFileArgument() throws Exception {
    Path file = server(SERVER);
    write("src/main/java/app/Other.java", SERVER.replace("class Server", "class Other"));
    CliRun run = check("--format", "json", file.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.err());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(1, report.path("findings").size());
    assertEquals(1, report.at("/summary/filesDiscovered").asInt());
  }

  @Test
  void includeAndExcludeOptionsFilterFiles() throws Exception {
    server(SERVER);
    String path = root.toString();
    // Reports name files relative to the working directory; outside it, by absolute path, which
    // is what globs then match.
    CliRun excluded = check("--exclude", "**/app/Server.java", path);
    assertEquals(ExitCodes.CLEAN, excluded.exit(), excluded.out());
    assertTrue(excluded.out().startsWith("0 findings in 0 files"), excluded.out());
    CliRun included = check("--include", "**/other/**", path);
    assertEquals(ExitCodes.CLEAN, included.exit(), included.out());
    CliRun both = check("--include", "**/*.java", "--exclude", "**/test/**", path);
    assertEquals(ExitCodes.FINDINGS, both.exit(), both.out());
  }

  @Test
  void pathsUnderTheWorkingDirectoryAreReportedRelativeToIt() throws Exception {
    // The base directory is the JVM's working directory (the module folder under Maven).
    Path fixture = Path.of("src/test/resources/relative-paths");
    Assumptions.assumeTrue(Files.isDirectory(fixture), "run from the cli module folder");
    String rel = "src/test/resources/relative-paths/src/main/java/app/Server.java";
    CliRun relative = check("--format", "json", fixture.toString());
    CliRun absolute = check("--format", "json", fixture.toAbsolutePath().toString());
    assertEquals(ExitCodes.FINDINGS, relative.exit(), relative.err());
    JsonNode finding = JSON.readTree(relative.out()).at("/findings/0");
    assertEquals(rel, finding.at("/location/path").asText());
    assertEquals(10, finding.at("/location/startLine").asInt());
    assertEquals(relative.out(), absolute.out(), "the same report however the path is spelled");
    CliRun text = check(fixture.toString());
    assertTrue(text.out().startsWith(rel + ":10:"), text.out());
  }

  // ---- JSON and --output

  @Test
  void jsonReportParsesAndCarriesTheFlow() throws Exception {
    server(SERVER);
    CliRun run = check("--format", "json", root.toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.err());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(1, report.path("formatVersion").asInt());
    assertEquals("asynclint", report.at("/tool/name").asText());
    JsonNode findings = report.path("findings");
    assertEquals(1, findings.size(), findings.toString());
    JsonNode f = findings.get(0);
    assertEquals(RULE, f.path("ruleId").asText());
    assertEquals("blocking", f.path("family").asText());
    assertEquals("error", f.path("severity").asText());
    assertEquals(serverPath(), f.at("/location/path").asText());
    assertEquals(9, f.at("/location/startLine").asInt());
    assertFalse(f.path("suppressed").asBoolean());
    assertTrue(f.path("fingerprint").asText().matches("[0-9a-f]{32}"), f.toString());
    JsonNode flow = f.path("flow");
    assertTrue(flow.isArray() && flow.size() >= 2, flow.toString());
    assertEquals(9, flow.get(0).at("/location/startLine").asInt());
    assertEquals(14, flow.get(flow.size() - 1).at("/location/startLine").asInt());
    assertTrue(flow.get(0).has("label") && flow.get(0).has("message"), flow.toString());
    assertEquals(1, report.at("/summary/findings").asInt());
    assertEquals(1, report.at("/summary/filesAnalyzed").asInt());
  }

  @Test
  void jsonListsSuppressedFindingsMarked() throws Exception {
    server(SUPPRESSED);
    CliRun run = check("--format", "json", root.toString());
    assertEquals(ExitCodes.CLEAN, run.exit());
    JsonNode f = JSON.readTree(run.out()).path("findings").get(0);
    assertTrue(f.path("suppressed").asBoolean());
    assertEquals("warm-up only", f.at("/suppressions/0/justification").asText());
    assertEquals(1, JSON.readTree(run.out()).at("/summary/suppressed").asInt());
  }

  @Test
  void sameJsonBytesWhateverTheNumberOfJobs() throws Exception {
    for (int i = 0; i < 5; i++) {
      write(
          "src/main/java/app/Server" + i + ".java",
          SERVER.replace("class Server", "class Server" + i));
    }
    write("src/main/java/app/Broken.java", "class {");
    write("web/index.mjs", "import fs from 'node:fs';\nconsole.log(fs);\n");
    String one = asynclint("check", "-q", "--format", "json", "--jobs", "1", root.toString()).out();
    String four =
        asynclint("check", "-q", "--format", "json", "--jobs", "4", root.toString()).out();
    assertEquals(5, JSON.readTree(one).path("findings").size(), one);
    assertEquals(one, four);
  }

  @Test
  void outputWritesTheFileAndLeavesStdoutEmpty() throws Exception {
    server(SERVER);
    Path report = root.resolve("reports/nested/asynclint.json");
    CliRun run =
        check("--format", "json", "--output", report.toString(), root.resolve("src").toString());
    assertEquals(ExitCodes.FINDINGS, run.exit(), run.err());
    assertEquals("", run.out());
    assertEquals(1, JSON.readTree(report.toFile()).path("findings").size());

    Path text = root.resolve("report.txt");
    CliRun textRun = check("-o", text.toString(), root.resolve("src").toString());
    assertEquals("", textRun.out());
    assertTrue(Files.readString(text).contains("error " + RULE), Files.readString(text));
  }

  // ---- configuration

  @Test
  void printConfigShowsTheMergedConfiguration() throws Exception {
    server(SERVER);
    Path config =
        write(
            "asynclint.json",
            "{\"rules\": {\""
                + RULE
                + "\": \"warning\"}, \"exclude\": [\"gen/**\"],"
                + " \"families\": {\"module-type\": false}}");
    CliRun run =
        check(
            "--config",
            config.toString(),
            "--print-config",
            "--rule",
            RULE + "=note",
            "--exclude",
            "tmp/**",
            "--node-version",
            "20.11",
            root.toString());
    assertEquals(ExitCodes.CLEAN, run.exit(), run.err());
    JsonNode printed = JSON.readTree(run.out());
    assertEquals("note", printed.at("/rules/" + RULE).asText(), "the option wins");
    assertEquals(
        List.of("gen/**", "tmp/**"),
        List.of(printed.at("/exclude/0").asText(), printed.at("/exclude/1").asText()));
    assertFalse(printed.at("/families/module-type").asBoolean(true));
    assertEquals("20.11", printed.path("nodeVersion").asText());
    assertEquals(4L * 1024 * 1024, printed.path("maxFileBytes").asLong());
    var keys = new ArrayList<String>();
    printed.fieldNames().forEachRemaining(keys::add);
    var sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys, "keys in a stable, sorted order");
    assertFalse(run.out().contains(RULE + ":"), "no analysis ran");
  }

  @Test
  void badConfigurationFileIsAUsageErrorNamingTheFile() throws Exception {
    server(SERVER);
    Path config = write("asynclint.json", "{\n  \"rulez\": {}\n}\n");
    CliRun run = check("--config", config.toString(), root.toString());
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains(config.toString() + ":2:"), run.err());
    assertEquals("", run.out());

    Path badSeverity = write("bad-severity.json", "{\"rules\": {\"" + RULE + "\": \"fatal\"}}");
    CliRun severity = check("--config", badSeverity.toString(), root.toString());
    assertEquals(ExitCodes.USAGE, severity.exit());
    assertTrue(severity.err().contains("bad-severity.json"), severity.err());

    CliRun missing = check("--config", root.resolve("none.json").toString(), root.toString());
    assertEquals(ExitCodes.USAGE, missing.exit());
    assertTrue(missing.err().contains("none.json"), missing.err());
  }

  @Test
  void unknownRuleOrBadSeverityInRuleOptionIsAUsageError() throws Exception {
    server(SERVER);
    CliRun unknown = check("--rule", "Foo=error", root.toString());
    assertEquals(ExitCodes.USAGE, unknown.exit());
    assertTrue(unknown.err().contains("'Foo'"), unknown.err());
    CliRun badSeverity = check("--rule", RULE + "=loud", root.toString());
    assertEquals(ExitCodes.USAGE, badSeverity.exit());
    assertTrue(badSeverity.err().contains("'loud'"), badSeverity.err());
    CliRun noValue = check("--rule", RULE, root.toString());
    assertEquals(ExitCodes.USAGE, noValue.exit());
    assertEquals("", noValue.out());
  }

  @Test
  void nonexistentPathIsAUsageError() {
    Path missing = root.resolve("no/such/dir");
    CliRun run = check(missing.toString());
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("no such file or folder: " + missing), run.err());
    assertEquals("", run.out());
  }

  @Test
  void jobsBelowOneIsAUsageError() throws Exception {
    server(SERVER);
    CliRun run = asynclint("check", "--jobs", "0", root.toString());
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("--jobs"), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = check("--no-such-option", root.toString());
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("--no-such-option"), run.err());
  }
}
