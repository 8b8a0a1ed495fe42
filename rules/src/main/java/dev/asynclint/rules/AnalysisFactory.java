package dev.asynclint.rules;

import dev.asynclint.core.config.AsynclintConfig;
import dev.asynclint.core.config.ConfigException;
import dev.asynclint.core.config.ConfigLoader;
import dev.asynclint.core.engine.AnalysisRequest;
import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.engine.RuleSelection;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.frontend.FrontEnd;
import dev.asynclint.core.java.JavaFrontEnd;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds an analysis run from user options and {@code asynclint.json}: the one place where the CLI
 * and the Maven plugin agree on defaults, precedence and validation.
 */
public final class AnalysisFactory {
  private AnalysisFactory() {}

  /**
   * A ready run plus what the gate needs.
   *
   * @param request the run
   * @param effectiveConfig the merged configuration, for {@code --print-config}
   * @param configFile the configuration file used, if any
   * @param failOn the gate threshold from the configuration, if set
   */
  public record Prepared(
      AnalysisRequest request,
      AsynclintConfig effectiveConfig,
      Optional<Path> configFile,
      Optional<Severity> failOn) {}

  public static Prepared prepare(AnalysisOptions options) throws ConfigException {
    return prepare(options, BuiltInRules.all(), defaultFrontEnds());
  }

  /** The front ends of a default run: Java, and JavaScript/TypeScript module facts. */
  public static List<FrontEnd<?, ?>> defaultFrontEnds() {
    return List.of(new JavaFrontEnd(), new dev.asynclint.core.js.JsFrontEnd());
  }

  public static Prepared prepare(
      AnalysisOptions options, List<Rule> rules, List<FrontEnd<?, ?>> frontEnds)
      throws ConfigException {
    Path base = options.baseDir().toAbsolutePath().normalize();
    Optional<Path> configFile = options.configFile().map(p -> base.resolve(p).normalize());
    if (configFile.isPresent() && !Files.isRegularFile(configFile.get())) {
      throw new ConfigException("configuration file not found: " + configFile.get());
    }
    if (configFile.isEmpty() && Files.isRegularFile(base.resolve(ConfigLoader.FILE_NAME))) {
      configFile = Optional.of(base.resolve(ConfigLoader.FILE_NAME));
    }
    AsynclintConfig file =
        configFile.isPresent() ? ConfigLoader.load(configFile.get()) : AsynclintConfig.empty();

    Set<String> known = rules.stream().map(r -> r.descriptor().id()).collect(Collectors.toSet());
    var ruleSettings = new TreeMap<String, String>(file.rules());
    ruleSettings.putAll(options.rules());
    for (String id : ruleSettings.keySet()) {
      if (!known.contains(id)) {
        throw new ConfigException(
            "unknown rule '" + id + "' in rule settings; `asynclint rules` lists them");
      }
    }
    for (var e : options.rules().entrySet()) {
      if (!e.getValue().equalsIgnoreCase("off")) {
        try {
          Severity.parse(e.getValue());
        } catch (IllegalArgumentException bad) {
          throw new ConfigException("rule " + e.getKey() + ": " + bad.getMessage());
        }
      }
    }
    var includes = new ArrayList<>(file.include());
    includes.addAll(options.include());
    var excludes = new ArrayList<>(file.exclude());
    excludes.addAll(options.exclude());
    var modelPaths = new ArrayList<Path>();
    Path configDir = configFile.map(Path::getParent).orElse(base);
    file.models().forEach(m -> modelPaths.add(configDir.resolve(m).normalize()));
    options.models().forEach(m -> modelPaths.add(base.resolve(m).normalize()));
    ApiModel model;
    try {
      model = BuiltInModels.load(modelPaths);
    } catch (IOException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    Optional<String> node = options.nodeVersion().or(() -> Optional.ofNullable(file.nodeVersion()));
    boolean scanNodeModules =
        options.scanNodeModules().orElse(Boolean.TRUE.equals(file.scanNodeModules()));
    long maxBytes =
        file.maxFileBytes() == null ? AnalysisSettings.DEFAULT_MAX_FILE_BYTES : file.maxFileBytes();
    var settings = new AnalysisSettings(node, maxBytes, scanNodeModules);

    // Jars from the file are relative to it; options add to them (the Maven plugin passes the
    // module's compile classpath, the CLI --classpath).
    var classpath = new ArrayList<Path>();
    file.classpath().forEach(c -> classpath.add(configDir.resolve(c).normalize()));
    classpath.addAll(options.classpath());
    List<Path> roots =
        options.paths().isEmpty()
            ? List.of(base)
            : options.paths().stream().map(p -> base.resolve(p).normalize()).toList();
    var request =
        new AnalysisRequest(
            base,
            roots,
            includes,
            excludes,
            classpath,
            Math.max(1, options.jobs()),
            rules,
            new RuleSelection(ruleSettings, file.families()),
            model,
            frontEnds,
            settings);
    var effective =
        new AsynclintConfig(
            ruleSettings,
            file.families(),
            includes,
            excludes,
            modelPaths.stream().map(p -> relativize(base, p)).toList(),
            classpath.stream().map(p -> relativize(base, p)).toList(),
            node.orElse(null),
            file.failOn(),
            maxBytes,
            scanNodeModules);
    Optional<Severity> failOn = Optional.ofNullable(file.failOn()).map(Severity::parse);
    return new Prepared(request, effective, configFile, failOn);
  }

  private static String relativize(Path base, Path p) {
    return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : p.toString();
  }
}
