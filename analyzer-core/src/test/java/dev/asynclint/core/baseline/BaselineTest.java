package dev.asynclint.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.RunStats;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  static Finding finding(String rule, String path, int line, String message, String fp) {
    return new Finding(
        rule,
        Family.BLOCKING,
        Severity.ERROR,
        message,
        new SourceLocation(path, line, 5, line, 20),
        List.of(),
        List.of(),
        fp,
        List.of(),
        Confirmation.NONE,
        BaselineState.NONE);
  }

  static AnalysisResult result(List<Finding> findings) {
    return new AnalysisResult(
        Path.of("."), List.of(), findings, List.of(), new RunStats(1, 1, Map.of(), 0), Map.of());
  }

  private static final Finding SLEEP =
      finding(
          "BlockingCallOnEventLoop", "src/b/Server.java", 30, "Thread.sleep blocks.", "fp-sleep");
  private static final Finding JDBC =
      finding("BlockingCallOnEventLoop", "src/a/Dao.java", 12, "JDBC blocks.", "fp-jdbc");
  private static final Finding WRITE =
      finding(
          "WriteIgnoresBackpressure", "src/a/Dao.java", 3, "write ignores \"drain\".", "fp-write");

  @Test
  void writesSmallSortedReadableJsonWithoutLineNumbers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nested/asynclint-baseline.json");
    Finding suppressed =
        finding("BlockingCallOnEventLoop", "src/c/Old.java", 4, "suppressed", "fp-suppressed")
            .withSuppressions(
                List.of(
                    new Suppression(
                        Suppression.Kind.IN_SOURCE,
                        SourceLocation.at("src/c/Old.java", 3, 1),
                        "")));
    Baseline.write(file, List.of(SLEEP, suppressed, WRITE, JDBC));
    assertEquals(
        """
        {
          "asynclintBaseline": 1,
          "fingerprints": "asynclint/v1",
          "findings": [
            {
              "fingerprint": "fp-jdbc",
              "rule": "BlockingCallOnEventLoop",
              "path": "src/a/Dao.java",
              "message": "JDBC blocks."
            },
            {
              "fingerprint": "fp-write",
              "rule": "WriteIgnoresBackpressure",
              "path": "src/a/Dao.java",
              "message": "write ignores \\"drain\\"."
            },
            {
              "fingerprint": "fp-sleep",
              "rule": "BlockingCallOnEventLoop",
              "path": "src/b/Server.java",
              "message": "Thread.sleep blocks."
            }
          ]
        }
        """,
        Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(Baseline.of(List.of(JDBC, WRITE, SLEEP)), Baseline.read(file));
  }

  @Test
  void fileDoesNotChangeWhenFindingsMoveToOtherLines(@TempDir Path dir) throws IOException {
    Path before = dir.resolve("before.json");
    Path after = dir.resolve("after.json");
    Baseline.write(before, List.of(SLEEP, JDBC));
    Baseline.write(
        after,
        List.of(
            finding(JDBC.ruleId(), JDBC.location().path(), 112, JDBC.message(), JDBC.fingerprint()),
            finding(
                SLEEP.ruleId(), SLEEP.location().path(), 7, SLEEP.message(), SLEEP.fingerprint())));
    assertEquals(Files.readString(before), Files.readString(after));
  }

  @Test
  void applyKeepsOnlyNewFindingsAndCountsTheRest() {
    Baseline baseline = Baseline.of(List.of(SLEEP, JDBC));
    Finding fresh = finding("BlockingCallOnEventLoop", "src/b/Server.java", 44, "new", "fp-new");
    AnalysisResult applied = baseline.apply(result(List.of(SLEEP, fresh, WRITE)));
    assertEquals(
        List.of("fp-new", "fp-write"),
        applied.findings().stream().map(Finding::fingerprint).toList());
    assertTrue(applied.findings().stream().allMatch(f -> f.baselineState() == BaselineState.NEW));
    assertEquals("1", applied.notes().get(Baseline.NOTE_UNCHANGED));
    assertEquals("1", applied.notes().get(Baseline.NOTE_ABSENT), "JDBC was fixed");
  }

  @Test
  void markKeepsEveryFindingForSarif() {
    AnalysisResult marked = Baseline.of(List.of(SLEEP)).mark(result(List.of(SLEEP, WRITE)));
    assertEquals(
        List.of(BaselineState.UNCHANGED, BaselineState.NEW),
        marked.findings().stream().map(Finding::baselineState).toList());
    assertEquals("0", marked.notes().get(Baseline.NOTE_ABSENT));
  }

  @Test
  void oneEntryPerFingerprint() {
    var twice =
        new Baseline(
            List.of(
                new BaselineEntry("fp", "R", "b.java", "m"),
                new BaselineEntry("fp", "R", "a.java", "m"),
                new BaselineEntry("fp0", "R", "c.java", "m")));
    assertEquals(
        List.of(
            new BaselineEntry("fp", "R", "a.java", "m"),
            new BaselineEntry("fp0", "R", "c.java", "m")),
        twice.entries());
  }

  @Test
  void refusesFilesItCannotTrust(@TempDir Path dir) throws IOException {
    assertThrows(IOException.class, () -> Baseline.read(dir.resolve("missing.json")));
    assertRefused(dir, "{ not json", "not valid JSON");
    assertRefused(dir, "[]", "not a JSON object");
    assertRefused(dir, "{\"findings\": []}", "asynclintBaseline");
    assertRefused(
        dir,
        "{\"asynclintBaseline\": 1, \"fingerprints\": \"asynclint/v0\", \"findings\": []}",
        "--update-baseline");
    assertRefused(
        dir,
        "{\"asynclintBaseline\": 1, \"fingerprints\": \"asynclint/v1\", \"findings\": [{\"rule\": \"R\"}]}",
        "without a fingerprint");
  }

  private static void assertRefused(Path dir, String content, String messagePart)
      throws IOException {
    Path file = Files.writeString(dir.resolve("b.json"), content);
    IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
  }
}
