package dev.asynclint.rules.engine;

import static dev.asynclint.rules.engine.EngineFixtures.RULE_ID;
import static dev.asynclint.rules.engine.EngineFixtures.SERVER;
import static dev.asynclint.rules.engine.EngineFixtures.SERVER_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.BuiltInRules;
import dev.asynclint.rules.blocking.BlockingCallOnEventLoop;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine never aborts a run (DESIGN 2, STYLE 3–4): bad files and crashing rules become
 * diagnostics with their path while the rest of the tree is analysed and reported.
 */
class AnalyzerRobustnessTest {
  @TempDir Path root;

  /** A test rule that reports one draft, then does whatever {@code body} does (e.g. throw). */
  private record TestRule(String id, Consumer<RuleContext> body) implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return new RuleDescriptor(
          id,
          Family.STARVATION,
          Severity.WARNING,
          Precision.LOW,
          "a rule for tests",
          List.of(),
          "");
    }

    @Override
    public void check(RuleContext context) {
      context.report(
          FindingDraft.at(
              new SourceLocation(SERVER_PATH, 1, 1, 1, 5),
              "draft of " + id,
              "app.Server",
              "package"));
      body.accept(context);
    }
  }

  private static List<Diagnostic> errors(AnalysisResult result) {
    return result.diagnostics().stream().filter(d -> d.level() == Severity.ERROR).toList();
  }

  @Test
  void badFilesAreOneDiagnosticEachAndTheGoodFileIsStillReported() throws Exception {
    EngineFixtures.write(root, SERVER_PATH, SERVER);
    EngineFixtures.write(
        root, "src/main/java/app/Broken.java", "package app;\n\nclass Broken {\n  void f( {\n}\n");
    EngineFixtures.write(
        root, "src/main/java/app/Binary.java", new byte[] {'c', 'l', 'a', 's', 's', 0, 1, 2});
    var latin1 = new ByteArrayOutputStream();
    latin1.writeBytes(
        "package app;\nclass Latin1 { String s = \"caf".getBytes(StandardCharsets.UTF_8));
    latin1.write(0xe9); // é in ISO-8859-1
    latin1.writeBytes("\"; }\n".getBytes(StandardCharsets.UTF_8));
    EngineFixtures.write(root, "src/main/java/app/Latin1.java", latin1.toByteArray());

    AnalysisResult result = EngineFixtures.analyse(root, BuiltInRules.all());

    List<Finding> findings = EngineFixtures.findingsOf(result, RULE_ID);
    assertEquals(1, findings.size(), result.findings().toString());
    assertEquals(SERVER_PATH, findings.get(0).location().path());
    assertEquals(9, findings.get(0).location().startLine());

    List<Diagnostic> errors = errors(result);
    assertEquals(
        List.of(
            "src/main/java/app/Binary.java binary-file",
            "src/main/java/app/Broken.java parse-error",
            "src/main/java/app/Latin1.java not-utf8"),
        errors.stream().map(d -> d.path() + " " + d.kind().id()).toList(),
        errors.toString());
    Diagnostic parse = errors.get(1);
    assertEquals(4, parse.line(), parse.toString());
    assertTrue(parse.column() > 0, parse.toString());
    Diagnostic notUtf8 = errors.get(2);
    assertEquals("2:31", notUtf8.line() + ":" + notUtf8.column());
    assertEquals(4, result.stats().filesDiscovered());
    assertEquals(1, result.stats().filesAnalyzed());
  }

  @Test
  void sameResultWhateverTheNumberOfJobs() throws Exception {
    for (int i = 0; i < 6; i++) {
      EngineFixtures.write(
          root,
          "src/main/java/app/Server" + i + ".java",
          SERVER.replace("class Server", "class Server" + i));
    }
    EngineFixtures.write(root, "src/main/java/app/Broken.java", "class {");
    AnalysisResult one = EngineFixtures.analyse(root, BuiltInRules.all(), 1, Map.of());
    AnalysisResult four = EngineFixtures.analyse(root, BuiltInRules.all(), 4, Map.of());
    assertEquals(6, one.findings().size());
    assertEquals(one.findings(), four.findings());
    assertEquals(one.diagnostics(), four.diagnostics());
    assertEquals(one.rules(), four.rules());
    assertEquals(one.stats().counters(), four.stats().counters());
    assertEquals(one.notes(), four.notes());
  }

  @Test
  void aRuleThatThrowsIsARuleCrashAndTheOtherRulesStillReport() throws Exception {
    EngineFixtures.write(root, SERVER_PATH, SERVER);
    var exploding =
        new TestRule(
            "ExplodingRule",
            c -> {
              throw new IllegalStateException("boom");
            });
    var overflowing = new TestRule("OverflowingRule", c -> overflow(1));
    var quiet = new TestRule("QuietRule", c -> {});

    AnalysisResult result =
        EngineFixtures.analyse(
            root, List.of(exploding, new BlockingCallOnEventLoop(), overflowing, quiet));

    assertEquals(1, EngineFixtures.findingsOf(result, RULE_ID).size());
    assertEquals(1, EngineFixtures.findingsOf(result, "QuietRule").size());
    assertEquals(
        List.of(),
        EngineFixtures.findingsOf(result, "ExplodingRule"),
        "a crashed rule reports nothing, not half its findings");
    assertEquals(List.of(), EngineFixtures.findingsOf(result, "OverflowingRule"));
    List<Diagnostic> crashes =
        result.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.RULE_CRASH).toList();
    assertEquals(2, crashes.size(), crashes.toString());
    assertTrue(crashes.get(0).message().contains("ExplodingRule"), crashes.get(0).message());
    assertTrue(crashes.get(0).message().contains("boom"), crashes.get(0).message());
    assertTrue(crashes.get(1).message().contains("OverflowingRule"), crashes.get(1).message());
    assertEquals(Severity.ERROR, crashes.get(0).level());
    assertEquals(
        List.of("BlockingCallOnEventLoop", "ExplodingRule", "OverflowingRule", "QuietRule"),
        result.rules().stream().map(RuleDescriptor::id).toList(),
        "crashed rules ran, sorted by id");
  }

  private static int overflow(int depth) {
    return depth == Integer.MIN_VALUE ? depth : overflow(depth + 1) + 1;
  }

  @Test
  void unusedDisableCommentIsANoteAtTheComment() throws Exception {
    String server =
        SERVER.replace(
            "  void start() {\n",
            "  void start() {\n"
                + "    // asynclint-disable-next-line BlockingCallOnEventLoop -- stale\n"
                + "    int harmless = 1;\n");
    EngineFixtures.write(root, SERVER_PATH, server);
    AnalysisResult result = EngineFixtures.analyse(root, List.of(new BlockingCallOnEventLoop()));

    List<Finding> findings = EngineFixtures.findingsOf(result, RULE_ID);
    assertEquals(1, findings.size());
    assertFalse(findings.get(0).isSuppressed());
    List<Diagnostic> unused =
        result.diagnostics().stream()
            .filter(d -> d.kind() == Diagnostic.Kind.UNUSED_SUPPRESSION)
            .toList();
    assertEquals(1, unused.size(), result.diagnostics().toString());
    Diagnostic note = unused.get(0);
    assertEquals(Severity.NOTE, note.level());
    assertEquals(SERVER_PATH, note.path());
    assertEquals(9, note.line());
    assertTrue(note.message().contains("BlockingCallOnEventLoop"), note.message());
    assertEquals(List.of(), errors(result), "a note is not an error");
  }

  @Test
  void usedDisableCommentSuppressesAndIsNoNote() throws Exception {
    String server =
        SERVER.replace(
            "    vertx.setTimer(",
            "    // asynclint-disable-next-line BlockingCallOnEventLoop -- test fixture\n"
                + "    vertx.setTimer(");
    EngineFixtures.write(root, SERVER_PATH, server);
    AnalysisResult result = EngineFixtures.analyse(root, List.of(new BlockingCallOnEventLoop()));
    List<Finding> findings = EngineFixtures.findingsOf(result, RULE_ID);
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).isSuppressed());
    assertEquals("test fixture", findings.get(0).suppressions().get(0).justification());
    assertEquals(List.of(), result.activeFindings());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void disableCommentForARuleThatIsOffIsNotJudged() throws Exception {
    String server =
        SERVER.replace(
            "  void start() {\n",
            "  void start() {\n"
                + "    // asynclint-disable-next-line BlockingCallOnEventLoop\n"
                + "    int harmless = 1;\n");
    EngineFixtures.write(root, SERVER_PATH, server);
    AnalysisResult result =
        EngineFixtures.analyse(
            root, List.of(new BlockingCallOnEventLoop()), 1, Map.of(RULE_ID, "off"));
    assertEquals(List.of(), result.findings());
    assertEquals(List.of(), result.diagnostics());
  }
}
