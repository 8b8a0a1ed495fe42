package dev.asynclint.cli;

import dev.asynclint.core.baseline.Baseline;
import dev.asynclint.core.config.ConfigException;
import dev.asynclint.core.config.ConfigLoader;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.engine.ProgressListener;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.AnalysisOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code asynclint check [PATH...]}: analyse and gate. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Analyses source trees and reports async misuse.",
    footer = {
      "",
      "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or configuration"
          + " error, 3 internal failure."
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "files or folders (default: .)")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      description = "text, json or sarif (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  String format;

  @Option(
      names = {"-o", "--output"},
      description = "write results to FILE instead of stdout")
  Optional<Path> output;

  @Option(
      names = "--report",
      paramLabel = "FORMAT=FILE",
      description = "also write the results as FORMAT (text, json or sarif) to FILE (repeatable)")
  List<String> reports = new ArrayList<>();

  @Option(
      names = "--include-suppressed",
      description = "write suppressed findings to SARIF too, marked with their suppressions")
  boolean includeSuppressed;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "report and gate only findings whose fingerprint is not in FILE")
  Optional<Path> baseline;

  @Option(
      names = "--update-baseline",
      description = "write the current findings to the --baseline FILE, accepting them all")
  boolean updateBaseline;

  @Option(
      names = "--fail-on",
      description =
          "lowest severity that fails the run: error, warning or note (default:"
              + " failOn of asynclint.json, else warning)")
  Optional<String> failOn;

  @Option(
      names = {"--classpath", "-cp"},
      split = "[:;]",
      description = "jars for type resolution (path-separated, repeatable)")
  List<Path> classpath = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      description = "worker threads (default: cores)")
  Optional<Integer> jobs;

  @Option(
      names = "--base-dir",
      description =
          "folder that report paths, globs and the default asynclint.json are relative to"
              + " (default: the current folder)")
  Optional<Path> baseDir;

  @Option(names = "--config", description = "configuration file (default: ./asynclint.json)")
  Optional<Path> config;

  @Option(names = "--print-config", description = "print the effective configuration and exit")
  boolean printConfig;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress or summary on stderr")
  boolean quiet;

  @Option(names = "--include", description = "only analyse files matching GLOB (repeatable)")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", description = "skip files matching GLOB (repeatable)")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--model", description = "an extra API-model file (repeatable)")
  List<Path> models = new ArrayList<>();

  @Option(names = "--node-version", description = "Node.js version the JavaScript targets")
  Optional<String> nodeVersion;

  @Option(names = "--rule", description = "RuleId=off|error|warning|note (repeatable)")
  Map<String, String> rules = new LinkedHashMap<>();

  @Option(names = "--scan-node-modules", description = "analyse node_modules folders too")
  boolean scanNodeModules;

  @Override
  public Integer call() throws IOException {
    PrintStream err = Streams.err();
    if (jobs.isPresent() && jobs.get() < 1) {
      err.println("asynclint: --jobs must be at least 1");
      return ExitCodes.USAGE;
    }
    Optional<Severity> threshold;
    try {
      threshold = failOn.map(Severity::parse);
    } catch (IllegalArgumentException e) {
      err.println("asynclint: --fail-on: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Optional<ReportFormat> primary = ReportFormat.parse(format);
    if (primary.isEmpty()) {
      err.println("asynclint: unknown format '" + format + "' (text, json or sarif)");
      return ExitCodes.USAGE;
    }
    var extraReports = new LinkedHashMap<Path, ReportFormat>();
    for (String report : reports) {
      int eq = report.indexOf('=');
      Optional<ReportFormat> f =
          eq > 0 ? ReportFormat.parse(report.substring(0, eq)) : Optional.empty();
      if (f.isEmpty() || eq == report.length() - 1) {
        err.println(
            "asynclint: --report '"
                + report
                + "': expected FORMAT=FILE, FORMAT text, json or sarif");
        return ExitCodes.USAGE;
      }
      extraReports.put(Path.of(report.substring(eq + 1)), f.get());
    }
    if (updateBaseline && baseline.isEmpty()) {
      err.println("asynclint: --update-baseline needs --baseline FILE");
      return ExitCodes.USAGE;
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path base = baseDir.map(d -> cwd.resolve(d).normalize()).orElse(cwd);
    if (!Files.isDirectory(base)) {
      err.println("asynclint: --base-dir " + base + " is not a folder");
      return ExitCodes.USAGE;
    }
    for (Optional<Path> target : allOutputs()) {
      if (target.isPresent() && Files.isDirectory(target.get())) {
        err.println("asynclint: output " + target.get() + " is a folder; give a file name");
        return ExitCodes.USAGE;
      }
    }
    var options =
        new AnalysisOptions(
            base,
            paths.stream().map(p -> cwd.resolve(p).normalize()).toList(),
            config,
            include,
            exclude,
            classpath,
            jobs.orElse(Runtime.getRuntime().availableProcessors()),
            models,
            nodeVersion,
            rules,
            scanNodeModules ? Optional.of(true) : Optional.empty());
    AnalysisFactory.Prepared prepared;
    try {
      prepared = AnalysisFactory.prepare(options);
    } catch (ConfigException e) {
      err.println("asynclint: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (printConfig) {
      Streams.out().print(ConfigLoader.toJson(prepared.effectiveConfig()));
      return ExitCodes.CLEAN;
    }
    for (Path p : prepared.request().roots()) {
      if (!Files.exists(p)) {
        err.println("asynclint: no such file or folder: " + p);
        return ExitCodes.USAGE;
      }
    }
    Optional<Baseline> accepted = Optional.empty();
    if (baseline.isPresent() && !updateBaseline) {
      try {
        accepted = Optional.of(Baseline.read(baseline.get()));
      } catch (NoSuchFileException e) {
        err.println(
            "asynclint: baseline "
                + baseline.get()
                + " does not exist; create it with --update-baseline");
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("asynclint: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    boolean terminal = System.console() != null && !quiet;
    ProgressListener progress = terminal ? new ProgressBar(err) : ProgressListener.NONE;
    AnalysisResult result = new Analyzer(progress).run(prepared.request());
    if (terminal) {
      ProgressBar.clear(err);
    }
    if (updateBaseline) {
      Baseline written = Baseline.of(result.findings());
      written.write(baseline.get());
      err.println(
          "asynclint: wrote baseline "
              + baseline.get()
              + " accepting "
              + written.entries().size()
              + " findings");
      accepted = Optional.of(written);
    }
    if (accepted.isPresent()) {
      // The gate and every report see only findings the baseline does not accept.
      result = accepted.get().apply(result);
    }
    Severity gate = threshold.or(prepared::failOn).orElse(Severity.WARNING);
    writeResults(result, primary.get(), extraReports);
    if (!quiet) {
      err.println(TextReport.timing(result));
    }
    return Gate.failing(result, gate) > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private List<Optional<Path>> allOutputs() {
    var all = new java.util.ArrayList<Optional<Path>>();
    all.add(output);
    for (String report : reports) {
      int eq = report.indexOf('=');
      if (eq > 0) {
        all.add(Optional.of(Path.of(report.substring(eq + 1))));
      }
    }
    return all;
  }

  private void writeResults(
      AnalysisResult result, ReportFormat primary, Map<Path, ReportFormat> extraReports)
      throws IOException {
    write(render(result, primary), output);
    for (var report : extraReports.entrySet()) {
      write(render(result, report.getValue()), Optional.of(report.getKey()));
    }
  }

  private byte[] render(AnalysisResult result, ReportFormat reportFormat) throws IOException {
    var buffer = new ByteArrayOutputStream();
    try (var out = new PrintStream(buffer, false, StandardCharsets.UTF_8)) {
      reportFormat.write(result, includeSuppressed, out);
    }
    return buffer.toByteArray();
  }

  private static void write(byte[] bytes, Optional<Path> target) throws IOException {
    if (target.isPresent()) {
      Path file = target.get().toAbsolutePath();
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.write(file, bytes);
    } else {
      Streams.out().write(bytes);
      Streams.out().flush();
    }
  }
}
