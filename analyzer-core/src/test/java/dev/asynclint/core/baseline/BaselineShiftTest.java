package dev.asynclint.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.core.engine.AnalysisRequest;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.engine.RuleSelection;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adoption story of a baseline, through the real engine (discovery, fingerprints with
 * occurrence indexes, ordering): accept today's findings, edit the code, and only the new finding
 * is reported. A small line-based front end and rule stand in for the Java front end here, so the
 * test pins the fingerprint contract (rule, file, enclosing member, snippet, occurrence) rather
 * than any one analysis.
 */
class BaselineShiftTest {
  private static final String ORIGINAL =
      """
      package app;

      class Server {
        void start() {
          vertx.setTimer(10, id -> {
            Thread.sleep(10);
          });
        }

        void helper() {
          System.out.println("unrelated");
        }

        void serve() {
          server.requestHandler(req -> {
            Thread.sleep(20);
          });
        }
      }
      """;

  @Test
  void onlyTheNewBlockingCallIsReportedAfterEdits(@TempDir Path root) throws IOException {
    Path file = root.resolve("src/app/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, ORIGINAL);
    AnalysisResult before = analyze(root);
    assertEquals(2, before.findings().size());
    Path baselineFile = root.resolve("asynclint-baseline.json");
    Baseline.write(baselineFile, before.findings());

    String edited =
        ORIGINAL
            // lines inserted above every finding
            .replace(
                "package app;\n",
                "package app;\n\nimport io.vertx.core.Vertx;\nimport java.util.List;\n// notes\n")
            // an unrelated method renamed
            .replace("void helper()", "void printBanner()")
            // a new blocking call
            .replace(
                "      Thread.sleep(20);\n", "      Thread.sleep(20);\n      Thread.sleep(30);\n");
    Files.writeString(file, edited);
    AnalysisResult after = Baseline.read(baselineFile).apply(analyze(root));

    assertEquals(1, after.findings().size(), after.findings().toString());
    Finding fresh = after.findings().get(0);
    assertEquals("src/app/Server.java", fresh.location().path());
    assertEquals(21, fresh.location().startLine());
    assertEquals("2", after.notes().get(Baseline.NOTE_UNCHANGED));
    assertEquals("0", after.notes().get(Baseline.NOTE_ABSENT));
  }

  @Test
  void reformattingAndMovingAMethodKeepsFingerprints(@TempDir Path root) throws IOException {
    Path file = root.resolve("src/app/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, ORIGINAL);
    Baseline baseline = Baseline.of(analyze(root).findings());

    // serve() moved above start(), its call re-indented with extra spaces.
    String moved =
        """
        package app;

        class Server {
          void serve() {
            server.requestHandler(req -> {
                    Thread.sleep( 20 );
            });
          }

          void start() {
            vertx.setTimer(10, id -> {
              Thread.sleep(10);
            });
          }
        }
        """;
    Files.writeString(file, moved);
    assertEquals(List.of(), baseline.apply(analyze(root)).findings());
  }

  @Test
  void renamingTheEnclosingMethodMakesItsFindingNew(@TempDir Path root) throws IOException {
    Path file = root.resolve("src/app/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, ORIGINAL);
    Baseline baseline = Baseline.of(analyze(root).findings());
    Files.writeString(file, ORIGINAL.replace("void serve()", "void handleRequests()"));
    List<Finding> fresh = baseline.apply(analyze(root)).findings();
    assertEquals(1, fresh.size());
    assertEquals(16, fresh.get(0).location().startLine());
  }

  private static AnalysisResult analyze(Path root) {
    return new Analyzer()
        .run(
            new AnalysisRequest(
                root,
                List.of(root),
                List.of(),
                List.of(),
                List.of(),
                2,
                List.of(new SleepRule()),
                RuleSelection.all(),
                ApiModel.empty(),
                List.of(new LineFrontEnd()),
                AnalysisSettings.defaults()));
  }

  /** Per-file facts: the lines of a Java file. */
  record Lines(String path, List<String> lines) {}

  /** Project facts: every file's lines, in path order. */
  record LineProject(List<Lines> files) {}

  static final class LineFrontEnd implements FrontEnd<Lines, LineProject> {
    @Override
    public String name() {
      return "lines";
    }

    @Override
    public Set<Language> languages() {
      return Set.of(Language.JAVA);
    }

    @Override
    public Class<LineProject> projectType() {
      return LineProject.class;
    }

    @Override
    public Worker<Lines> newWorker(ProjectSetup setup) {
      return (file, text) ->
          new FileResult<>(
              Optional.of(new Lines(file.relativePath(), text.lines().toList())),
              List.of(),
              List.of());
    }

    @Override
    public LineProject link(
        List<LinkedFile<Lines>> files,
        ProjectSetup setup,
        Consumer<dev.asynclint.core.finding.Diagnostic> diagnostics) {
      return new LineProject(files.stream().map(LinkedFile::facts).toList());
    }
  }

  /** Flags {@code Thread.sleep(...)}; the anchor is the enclosing method, as the Java rules do. */
  static final class SleepRule implements Rule {
    private static final Pattern METHOD = Pattern.compile("^\\s*void (\\w+)\\(");
    private static final Pattern SLEEP = Pattern.compile("Thread\\.sleep\\([^;]*\\)");

    @Override
    public RuleDescriptor descriptor() {
      return new RuleDescriptor(
          "SleepOnLoop",
          Family.BLOCKING,
          Severity.ERROR,
          Precision.HIGH,
          "Thread.sleep on the loop.",
          List.of(),
          "");
    }

    @Override
    public void check(RuleContext context) {
      for (Lines file : context.facts(LineProject.class).orElseThrow().files()) {
        String method = "";
        for (int i = 0; i < file.lines().size(); i++) {
          String line = file.lines().get(i);
          var m = METHOD.matcher(line);
          if (m.find()) {
            method = m.group(1);
          }
          var sleep = SLEEP.matcher(line);
          if (sleep.find()) {
            var at = new SourceLocation(file.path(), i + 1, sleep.start() + 1, i + 1, sleep.end());
            context.report(
                FindingDraft.at(
                    at,
                    "Thread.sleep blocks the loop.",
                    "app.Server#" + method + "()",
                    sleep.group()));
          }
        }
      }
    }
  }
}
