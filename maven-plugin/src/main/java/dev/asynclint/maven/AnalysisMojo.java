package dev.asynclint.maven;

import dev.asynclint.core.config.ConfigException;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.AnalysisOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goals that analyse the module's sources: the same options as {@code asynclint check} and keys of
 * {@code asynclint.json} (DESIGN 7), resolved through {@link AnalysisFactory} exactly as the CLI
 * does.
 */
public abstract class AnalysisMojo extends AsynclintMojo {
  /**
   * One analysis at a time per build JVM. The engine already uses every core for one module, and
   * the Java front end clears JavaParser's static solver caches after each run, which must not
   * happen in the middle of another module's run in a parallel ({@code -T}) build.
   */
  private static final ReentrantLock ANALYSIS = new ReentrantLock();

  /** Analyses the test sources too (with the test classpath). */
  @Parameter(property = "asynclint.includeTests", defaultValue = "false")
  protected boolean includeTests;

  /** Only files matching these globs (relative to the module), added to the config file's. */
  @Parameter(property = "asynclint.includes")
  protected List<String> includes = new ArrayList<>();

  /** Files matching these globs are skipped, added to the config file's. */
  @Parameter(property = "asynclint.excludes")
  protected List<String> excludes = new ArrayList<>();

  /**
   * The configuration file; by default {@code asynclint.json} in the module, else in the nearest
   * folder above it up to the reactor root.
   */
  @Parameter(property = "asynclint.configFile")
  protected File configFile;

  /** Extra API-model files (JSON; docs/api-models.md in the asynclint repository). */
  @Parameter(property = "asynclint.models")
  protected List<File> models = new ArrayList<>();

  /** The Node.js version the module's JavaScript targets. */
  @Parameter(property = "asynclint.nodeVersion")
  protected String nodeVersion;

  /** Rule settings: rule id to {@code off}, {@code error}, {@code warning} or {@code note}. */
  @Parameter protected Map<String, String> rules = Map.of();

  /** Worker threads; by default one per core. */
  @Parameter(property = "asynclint.jobs")
  protected Integer jobs;

  /**
   * The baseline: findings it accepts do not fail the build. {@code asynclint:baseline} writes it;
   * {@code check} uses it when it exists.
   */
  @Parameter(
      property = "asynclint.baselineFile",
      defaultValue = "${project.basedir}/asynclint-baseline.json")
  protected File baselineFile;

  /** One module's run: the raw result (module-relative paths) and the options behind it. */
  record ModuleRun(AnalysisResult result, AnalysisFactory.Prepared prepared) {}

  /** The folder reports are relative to: where Maven was started, normally the repository. */
  protected final Path reactorRoot() {
    String dir = session.getExecutionRootDirectory();
    return dir == null ? project.getBasedir().toPath() : Path.of(dir);
  }

  /** Analyses the module; empty when it has no sources (e.g. a {@code pom} aggregator). */
  protected final Optional<ModuleRun> analyse() throws MojoExecutionException {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    ModuleSources sources = sources();
    if (sources.roots().isEmpty()) {
      getLog().info("asynclint: no sources to analyse in " + project.getArtifactId());
      return Optional.empty();
    }
    if (!sources.classFolders().isEmpty()) {
      getLog()
          .info(
              "asynclint: "
                  + sources.classFolders().size()
                  + " class folder(s) on the classpath (reactor modules) are not used for type"
                  + " resolution; only jars are");
      sources.classFolders().forEach(f -> getLog().debug("asynclint: class folder " + f));
    }
    Optional<Path> config =
        configFile != null
            ? Optional.of(configFile.toPath())
            : ConfigLookup.find(base, reactorRoot());
    config.ifPresent(c -> getLog().debug("asynclint: configuration " + c));
    var options =
        new AnalysisOptions(
            base,
            sources.roots(),
            config,
            includes,
            excludes,
            sources.jars(),
            jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
            models.stream().map(File::toPath).toList(),
            Optional.ofNullable(nodeVersion),
            rules,
            Optional.empty());
    if (options.jobs() < 1) {
      throw new MojoExecutionException("asynclint: jobs must be at least 1, not " + jobs);
    }
    AnalysisFactory.Prepared prepared;
    try {
      prepared = AnalysisFactory.prepare(options);
    } catch (ConfigException e) {
      throw new MojoExecutionException("asynclint: " + e.getMessage(), e);
    }
    AnalysisResult result;
    ANALYSIS.lock();
    try {
      result = new Analyzer().run(prepared.request());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("asynclint: the analysis failed: " + e, e);
    } finally {
      ANALYSIS.unlock();
    }
    return Optional.of(new ModuleRun(result, prepared));
  }

  private ModuleSources sources() throws MojoExecutionException {
    var roots = new ArrayList<>(project.getCompileSourceRoots());
    var outputs = new ArrayList<Path>();
    outputs.add(Path.of(project.getBuild().getOutputDirectory()));
    List<String> classpath;
    try {
      if (includeTests) {
        roots.addAll(project.getTestCompileSourceRoots());
        outputs.add(Path.of(project.getBuild().getTestOutputDirectory()));
        classpath = project.getTestClasspathElements();
      } else {
        classpath = project.getCompileClasspathElements();
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("asynclint: the classpath is not resolved", e);
    }
    return ModuleSources.of(roots, classpath, Path.of(project.getBuild().getDirectory()), outputs);
  }
}
