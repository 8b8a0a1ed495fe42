package dev.asynclint.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.frontend.FileResult;
import dev.asynclint.core.frontend.FrontEnd;
import dev.asynclint.core.frontend.ProjectSetup;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.rule.FindingDraft;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.core.source.Language;
import dev.asynclint.core.suppress.SuppressionMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine with a fake front end and fake rules: isolation of files and rules, ordering,
 * severities, suppressions and fingerprints, independent of the real Java and JS front ends.
 */
class AnalyzerTest {
  @TempDir Path root;

  /** Project facts of the fake front end: each file's text by path. */
  record Texts(Map<String, String> byPath) {}

  /**
   * Reads each .java file as text. A file whose text contains {@code runtime!} or {@code assert!}
   * makes the worker throw; a line {@code // disable RuleId} is a suppression of the next line.
   */
  static final class TextFrontEnd implements FrontEnd<String, Texts> {
    @Override
    public String name() {
      return "text";
    }

    @Override
    public Set<Language> languages() {
      return Set.of(Language.JAVA);
    }

    @Override
    public Class<Texts> projectType() {
      return Texts.class;
    }

    @Override
    public Worker<String> newWorker(ProjectSetup setup) {
      return (file, text) -> {
        if (text.contains("runtime!")) {
          throw new IllegalArgumentException("front-end bug");
        }
        if (text.contains("assert!")) {
          throw new AssertionError("cannot happen");
        }
        var marks = new ArrayList<SuppressionMark>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].startsWith("// disable")) {
            String id = lines[i].substring("// disable".length()).strip();
            marks.add(
                new SuppressionMark(
                    id.isEmpty() ? Set.of() : Set.of(id),
                    SourceLocation.at(file.relativePath(), i + 2, 1),
                    SourceLocation.at(file.relativePath(), i + 1, 1),
                    ""));
          }
        }
        return new FileResult<>(Optional.of(text), List.of(), marks);
      };
    }

    @Override
    public Texts link(
        List<LinkedFile<String>> files, ProjectSetup setup, Consumer<Diagnostic> diagnostics) {
      var byPath = new TreeMap<String, String>();
      files.forEach(f -> byPath.put(f.file().relativePath(), f.facts()));
      return new Texts(byPath);
    }
  }

  /** Reports every line that contains {@code word}, then runs {@code after}. */
  record WordRule(String id, String word, Runnable after) implements Rule {
    WordRule(String id, String word) {
      this(id, word, () -> {});
    }

    @Override
    public RuleDescriptor descriptor() {
      return new RuleDescriptor(
          id, Family.BLOCKING, Severity.WARNING, Precision.HIGH, "finds " + word, List.of(), "");
    }

    @Override
    public void check(RuleContext context) {
      Texts texts = context.facts(Texts.class).orElseThrow();
      texts
          .byPath()
          .forEach(
              (path, text) -> {
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                  int col = lines[i].indexOf(word);
                  if (col >= 0 && !lines[i].startsWith("//")) {
                    context.report(
                        FindingDraft.at(
                            new SourceLocation(path, i + 1, col + 1, i + 1, col + word.length()),
                            word + " found",
                            path + "#" + lines[i].strip().split(" ")[0],
                            lines[i].substring(col, col + word.length())));
                  }
                }
              });
      after.run();
    }
  }

  private void write(String rel, String text) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private AnalysisResult run(List<Rule> rules, int jobs, RuleSelection selection) {
    return run(rules, jobs, selection, ProgressListener.NONE);
  }

  private AnalysisResult run(
      List<Rule> rules, int jobs, RuleSelection selection, ProgressListener progress) {
    return new Analyzer(progress)
        .run(
            new AnalysisRequest(
                root,
                List.of(root),
                List.of(),
                List.of(),
                List.of(),
                jobs,
                rules,
                selection,
                ApiModel.empty(),
                List.of(new TextFrontEnd()),
                AnalysisSettings.defaults()));
  }

  private static List<String> where(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + "@" + f.location().path() + ":" + f.location().startLine())
        .toList();
  }

  @Test
  void aFrontEndFailureOnOneFileLosesOnlyThatFile() throws IOException {
    write("a/Good.java", "x sleep\n");
    write("b/Bug.java", "runtime!\n");
    write("c/Assert.java", "assert!\n");
    write("d/Good.java", "y sleep\n");
    AnalysisResult result =
        run(List.of(new WordRule("SleepRule", "sleep")), 2, RuleSelection.all());
    assertEquals(
        List.of("SleepRule@a/Good.java:1", "SleepRule@d/Good.java:1"), where(result.findings()));
    assertEquals(
        List.of("b/Bug.java parse-error", "c/Assert.java parse-error"),
        result.diagnostics().stream().map(d -> d.path() + " " + d.kind().id()).toList());
    assertTrue(result.diagnostics().get(0).message().contains("front-end bug"));
    assertTrue(result.diagnostics().get(1).message().contains("cannot happen"));
    assertEquals(4, result.stats().filesDiscovered());
    assertEquals(2, result.stats().filesAnalyzed());
  }

  @Test
  void aRuleThatFailsAnAssertionIsARuleCrashToo() throws IOException {
    write("A.java", "sleep\nwait\n");
    var asserting =
        new WordRule(
            "AssertingRule",
            "wait",
            () -> {
              throw new AssertionError("unreachable branch reached");
            });
    AnalysisResult result =
        run(List.of(asserting, new WordRule("SleepRule", "sleep")), 1, RuleSelection.all());
    assertEquals(List.of("SleepRule@A.java:1"), where(result.findings()));
    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    Diagnostic crash = result.diagnostics().get(0);
    assertEquals(Diagnostic.Kind.RULE_CRASH, crash.kind());
    assertTrue(crash.message().contains("AssertingRule"), crash.message());
  }

  @Test
  void outputOrderDoesNotDependOnThreads() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("p" + (i % 7) + "/F" + i + ".java", "sleep wait\n" + (i % 3 == 0 ? "runtime!\n" : ""));
    }
    List<Rule> rules =
        List.of(new WordRule("WaitRule", "wait"), new WordRule("SleepRule", "sleep"));
    AnalysisResult one = run(rules, 1, RuleSelection.all());
    AnalysisResult many = run(rules, 8, RuleSelection.all());
    assertEquals(one.findings(), many.findings());
    assertEquals(one.diagnostics(), many.diagnostics());
    var sorted = new ArrayList<>(one.findings());
    sorted.sort(Finding.ORDER);
    assertEquals(sorted, one.findings());
    assertEquals(
        List.of("SleepRule", "WaitRule"),
        one.rules().stream().map(RuleDescriptor::id).toList(),
        "rules run in id order");
  }

  @Test
  void progressCountsEveryFileOnce() throws IOException {
    for (int i = 0; i < 9; i++) {
      write("F" + i + ".java", "x\n");
    }
    write("notes.txt", "not a source file");
    var calls = new AtomicInteger();
    var highest = new AtomicInteger();
    run(
        List.of(),
        3,
        RuleSelection.all(),
        (done, total) -> {
          calls.incrementAndGet();
          highest.accumulateAndGet(done, Math::max);
          assertEquals(9, total);
        });
    assertEquals(9, calls.get());
    assertEquals(9, highest.get());
  }

  @Test
  void selectionSwitchesRulesOffAndSetsSeverities() throws IOException {
    write("A.java", "sleep wait\n");
    List<Rule> rules =
        List.of(new WordRule("SleepRule", "sleep"), new WordRule("WaitRule", "wait"));
    AnalysisResult result =
        run(rules, 1, new RuleSelection(Map.of("SleepRule", "off", "WaitRule", "note"), Map.of()));
    assertEquals(List.of("WaitRule@A.java:1"), where(result.findings()));
    assertEquals(Severity.NOTE, result.findings().get(0).severity());
    assertEquals(List.of("WaitRule"), result.rules().stream().map(RuleDescriptor::id).toList());

    AnalysisResult familyOff =
        run(rules, 1, new RuleSelection(Map.of("WaitRule", "error"), Map.of("blocking", false)));
    assertEquals(List.of("WaitRule@A.java:1"), where(familyOff.findings()), "rule setting wins");
    assertEquals(Severity.ERROR, familyOff.findings().get(0).severity());
  }

  @Test
  void duplicateDraftsCollapseAndIdenticalSnippetsGetOccurrenceIndices() throws IOException {
    write("A.java", "m sleep\nm sleep\n");
    var twice =
        new Rule() {
          final WordRule inner = new WordRule("SleepRule", "sleep");

          @Override
          public RuleDescriptor descriptor() {
            return inner.descriptor();
          }

          @Override
          public void check(RuleContext context) {
            inner.check(context);
            inner.check(context); // the same findings reached twice
          }
        };
    AnalysisResult result = run(List.of(twice), 1, RuleSelection.all());
    List<Finding> findings = result.findings();
    assertEquals(List.of("SleepRule@A.java:1", "SleepRule@A.java:2"), where(findings));
    assertEquals(
        Fingerprints.of("SleepRule", "A.java", "A.java#m", "sleep", 0),
        findings.get(0).fingerprint());
    assertEquals(
        Fingerprints.of("SleepRule", "A.java", "A.java#m", "sleep", 1),
        findings.get(1).fingerprint());
  }

  @Test
  void suppressionsApplyAndUnusedOnesAreNotes() throws IOException {
    write(
        "A.java",
        String.join(
            "\n",
            "// disable SleepRule",
            "sleep", // suppressed
            "// disable SleepRule",
            "nothing here", // unused
            "// disable",
            "wait", // suppressed by the mark for every rule
            "// disable OffRule",
            "nothing here", // not judged: OffRule did not run
            ""));
    List<Rule> rules =
        List.of(
            new WordRule("SleepRule", "sleep"),
            new WordRule("WaitRule", "wait"),
            new WordRule("OffRule", "zzz"));
    AnalysisResult result = run(rules, 1, new RuleSelection(Map.of("OffRule", "off"), Map.of()));
    assertEquals(List.of("SleepRule@A.java:2", "WaitRule@A.java:6"), where(result.findings()));
    assertTrue(result.findings().stream().allMatch(Finding::isSuppressed));
    assertEquals(List.of(), result.activeFindings());
    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    Diagnostic unused = result.diagnostics().get(0);
    assertEquals(Diagnostic.Kind.UNUSED_SUPPRESSION, unused.kind());
    assertEquals(Severity.NOTE, unused.level());
    assertEquals("A.java:3", unused.path() + ":" + unused.line());
  }

  @Test
  void filesOfOtherLanguagesAreNotGivenToTheFrontEnd() throws IOException {
    write("A.java", "sleep\n");
    write("b.js", "sleep\n");
    write("package.json", "{}\n");
    AnalysisResult result =
        run(List.of(new WordRule("SleepRule", "sleep")), 1, RuleSelection.all());
    assertEquals(List.of("SleepRule@A.java:1"), where(result.findings()));
    assertEquals(3, result.stats().filesDiscovered());
    assertEquals(1, result.stats().filesAnalyzed());
  }

  @Test
  void tooLargeFilesAreReportedAndSkipped() throws IOException {
    write("Big.java", "sleep\n" + "x".repeat(100));
    write("Small.java", "sleep\n");
    var request =
        new AnalysisRequest(
            root,
            List.of(root),
            List.of(),
            List.of(),
            List.of(),
            1,
            List.of(new WordRule("SleepRule", "sleep")),
            RuleSelection.all(),
            ApiModel.empty(),
            List.of(new TextFrontEnd()),
            new AnalysisSettings(Optional.empty(), 50, false));
    AnalysisResult result = new Analyzer().run(request);
    assertEquals(List.of("SleepRule@Small.java:1"), where(result.findings()));
    assertEquals(
        List.of("Big.java file-too-large"),
        result.diagnostics().stream().map(d -> d.path() + " " + d.kind().id()).toList());
  }
}
