package dev.asynclint.core.engine;

import dev.asynclint.core.frontend.FrontEnd;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.rule.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * One analysis run: what to read, with which rules and models. Built by the CLI and the Maven
 * plugin from options and {@code asynclint.json}.
 *
 * @param baseDir reports show paths relative to it (SARIF {@code %SRCROOT%})
 * @param roots files and folders to analyse
 * @param includes globs relative to {@code baseDir}; empty means everything
 * @param excludes globs relative to {@code baseDir}
 * @param classpath jars and folders for type resolution
 * @param jobs worker threads for the per-file phase (at least 1)
 * @param rules the rules to consider; {@code selection} decides which run
 * @param selection rule and family switches and severities
 * @param model merged API models
 * @param frontEnds the language front ends
 * @param settings settings for front ends and rules
 */
public record AnalysisRequest(
    Path baseDir,
    List<Path> roots,
    List<String> includes,
    List<String> excludes,
    List<Path> classpath,
    int jobs,
    List<Rule> rules,
    RuleSelection selection,
    ApiModel model,
    List<FrontEnd<?, ?>> frontEnds,
    AnalysisSettings settings) {
  public AnalysisRequest {
    roots = List.copyOf(roots);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    classpath = List.copyOf(classpath);
    rules = List.copyOf(rules);
    frontEnds = List.copyOf(frontEnds);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
  }
}
