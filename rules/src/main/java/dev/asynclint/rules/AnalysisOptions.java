package dev.asynclint.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options a user gives on the command line or as Maven parameters; each has the same name as
 * its key in {@code asynclint.json}. Given values win over the file; empty ones leave it.
 *
 * @param baseDir reports show paths relative to it; the default config file is looked up here
 * @param paths files and folders to analyse
 * @param configFile an explicit configuration file
 * @param include include globs (added to the file's)
 * @param exclude exclude globs (added to the file's)
 * @param classpath jars for type resolution
 * @param jobs worker threads
 * @param models extra API-model files
 * @param nodeVersion Node.js target
 * @param rules rule id to off/error/warning/note
 * @param scanNodeModules analyse node_modules too
 */
public record AnalysisOptions(
    Path baseDir,
    List<Path> paths,
    Optional<Path> configFile,
    List<String> include,
    List<String> exclude,
    List<Path> classpath,
    int jobs,
    List<Path> models,
    Optional<String> nodeVersion,
    Map<String, String> rules,
    Optional<Boolean> scanNodeModules) {
  public AnalysisOptions {
    paths = List.copyOf(paths);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    classpath = List.copyOf(classpath);
    models = List.copyOf(models);
    rules = Map.copyOf(rules);
  }

  /** Defaults for analysing {@code paths} from {@code baseDir} with one thread per core. */
  public static AnalysisOptions of(Path baseDir, List<Path> paths) {
    return new AnalysisOptions(
        baseDir,
        paths,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Runtime.getRuntime().availableProcessors(),
        List.of(),
        Optional.empty(),
        Map.of(),
        Optional.empty());
  }
}
