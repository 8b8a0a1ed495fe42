package dev.asynclint.maven;

import dev.asynclint.core.baseline.Baseline;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.report.FindingText;
import dev.asynclint.core.report.JsonReport;
import dev.asynclint.sarif.SarifOptions;
import dev.asynclint.sarif.SarifWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyses the module, writes {@code asynclint.sarif} (and {@code asynclint-report.json} if asked)
 * to the output directory, prints the findings, and fails the build when more than {@code
 * maxAllowedViolations} findings at or above {@code failOnSeverity} remain after suppressions and
 * the baseline.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AnalysisMojo {
  static final String SARIF_FILE = "asynclint.sarif";
  static final String JSON_FILE = "asynclint-report.json";

  /** Fails the build on findings; when false they are only reported. */
  @Parameter(property = "asynclint.failOnViolation", defaultValue = "true")
  protected boolean failOnViolation;

  /**
   * The lowest severity that counts: {@code error}, {@code warning} or {@code note}; by default
   * {@code failOn} of {@code asynclint.json}, else {@code warning}.
   */
  @Parameter(property = "asynclint.failOnSeverity")
  protected String failOnSeverity;

  /** How many counted findings the build tolerates. */
  @Parameter(property = "asynclint.maxAllowedViolations", defaultValue = "0")
  protected int maxAllowedViolations;

  /** Prints each counted finding, with its source line and chain, to the build log. */
  @Parameter(property = "asynclint.printFailingErrors", defaultValue = "true")
  protected boolean printFailingErrors;

  /** Where the reports go. */
  @Parameter(property = "asynclint.outputDirectory", defaultValue = "${project.build.directory}")
  protected File outputDirectory;

  /** Also writes the JSON report ({@code asynclint check --format json}). */
  @Parameter(property = "asynclint.jsonOutput", defaultValue = "false")
  protected boolean jsonOutput;

  /**
   * The SARIF run's {@code automationDetails.id}; GitHub code scanning takes the part before the
   * last {@code /} as the category. By default {@code asynclint/} plus the module's path in the
   * reactor, so every module's log is its own category and they can be uploaded together.
   */
  @Parameter(property = "asynclint.sarifCategory")
  protected String sarifCategory;

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    Optional<Severity> failOn = configuredThreshold();
    if (maxAllowedViolations < 0) {
      throw new MojoExecutionException(
          "asynclint: maxAllowedViolations must not be negative, not " + maxAllowedViolations);
    }
    Optional<ModuleRun> run = analyse();
    if (run.isEmpty()) {
      return;
    }
    AnalysisResult result = run.get().result();
    Path baseline = baselineFile.toPath();
    if (Files.isRegularFile(baseline)) {
      try {
        result = Baseline.read(baseline).apply(result);
      } catch (IOException e) {
        throw new MojoExecutionException("asynclint: " + e.getMessage(), e);
      }
      getLog()
          .info(
              "asynclint: baseline "
                  + baseline
                  + " accepts "
                  + result.notes().getOrDefault(Baseline.NOTE_UNCHANGED, "0")
                  + " finding(s)");
    }
    Path root = reactorRoot().toAbsolutePath().normalize();
    String prefix = ReactorPaths.modulePrefix(project.getBasedir().toPath(), root);
    AnalysisResult shown = ReactorPaths.reroot(result, prefix, root);
    writeReports(shown, prefix, root);

    Severity threshold = failOn.or(() -> run.get().prepared().failOn()).orElse(Severity.WARNING);
    GateOutcome gate = GateOutcome.of(shown, threshold, maxAllowedViolations, failOnViolation);
    report(shown, gate);
    String summary =
        String.format(
            Locale.ROOT,
            "asynclint: %d finding(s) at or above %s in %s (max allowed %d); %d file(s) analysed",
            gate.counted().size(),
            threshold.id(),
            project.getArtifactId(),
            maxAllowedViolations,
            shown.stats().filesAnalyzed());
    if (gate.fails()) {
      throw new MojoFailureException(
          summary + "; see " + outputDirectory.toPath().resolve(SARIF_FILE));
    }
    getLog().info(summary);
  }

  private Optional<Severity> configuredThreshold() throws MojoExecutionException {
    if (failOnSeverity == null || failOnSeverity.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.parse(failOnSeverity));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("asynclint: failOnSeverity: " + e.getMessage(), e);
    }
  }

  private void writeReports(AnalysisResult shown, String prefix, Path root)
      throws MojoExecutionException {
    Path dir = outputDirectory.toPath();
    String category =
        sarifCategory != null && !sarifCategory.isBlank()
            ? sarifCategory
            : SarifCategories.of(
                prefix,
                project.getArtifactId(),
                project.getBasedir().toPath().toAbsolutePath().normalize().equals(root));
    try {
      Files.createDirectories(dir);
      Path sarif = dir.resolve(SARIF_FILE);
      try (OutputStream out = Files.newOutputStream(sarif)) {
        new SarifWriter(SarifOptions.defaults().withAutomationId(category)).write(shown, out);
      }
      getLog().info("asynclint: wrote " + sarif);
      if (jsonOutput) {
        Path json = dir.resolve(JSON_FILE);
        try (var out =
            new java.io.PrintStream(
                Files.newOutputStream(json), false, java.nio.charset.StandardCharsets.UTF_8)) {
          JsonReport.write(shown, out);
        }
        getLog().info("asynclint: wrote " + json);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("asynclint: cannot write reports to " + dir + ": " + e, e);
    } catch (IllegalArgumentException e) {
      // The writer refuses what SARIF cannot say, e.g. a file outside the folder Maven was
      // started in (its URIs must stay below the source root).
      throw new MojoExecutionException("asynclint: cannot write SARIF: " + e.getMessage(), e);
    }
  }

  private void report(AnalysisResult shown, GateOutcome gate) {
    if (printFailingErrors) {
      var log = new FindingText(shown.baseDir());
      for (Finding f : gate.counted()) {
        for (String line : log.lines(f)) {
          if (gate.fails()) {
            getLog().error(line);
          } else {
            getLog().warn(line);
          }
        }
      }
    }
    for (Diagnostic d : shown.diagnostics()) {
      if (d.level() == Severity.NOTE) {
        getLog().info(FindingText.line(d));
      } else {
        getLog().warn(FindingText.line(d));
      }
    }
    double rate = shown.stats().resolutionRate();
    if (rate >= 0) {
      // Said on every run: a low rate usually means a missing classpath, and so missed chains.
      long candidates = shown.stats().counters().getOrDefault("java.calls.prefiltered", 0L);
      getLog()
          .info(
              String.format(
                  Locale.ROOT,
                  "asynclint: type resolution %.1f%% of %d candidate calls",
                  rate * 100,
                  candidates));
    }
    long below = shown.activeFindings().size() - gate.counted().size();
    if (below > 0) {
      getLog().info("asynclint: " + below + " finding(s) below the threshold, in the SARIF log");
    }
  }
}
