package dev.asynclint.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every asynclint goal shares: the module, the session and {@code asynclint.skip}.
 *
 * <p>This is the seam for goals that do not analyse sources, such as {@code prepare-probe} (DESIGN
 * 8, 10): like JaCoCo's {@code prepare-agent} it will extend this class directly, resolve the agent
 * jar from the plugin's own dependencies, and prepend {@code -javaagent:...=events=FILE} to the
 * {@code argLine} property of {@link #project}. {@code check} will then read {@code FILE} to mark
 * confirmed findings. Goals that analyse extend {@link AnalysisMojo}.
 */
public abstract class AsynclintMojo extends AbstractMojo {
  /** The module being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** The build, for the reactor's root directory. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skips every asynclint goal of the build. */
  @Parameter(property = "asynclint.skip", defaultValue = "false")
  protected boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("asynclint: skipped (asynclint.skip)");
      return;
    }
    run();
  }

  /** The goal's work, unless skipped. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
