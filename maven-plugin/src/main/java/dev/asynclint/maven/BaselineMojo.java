package dev.asynclint.maven;

import dev.asynclint.core.baseline.Baseline;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the module's baseline file accepting every current unsuppressed finding, so that {@code
 * check} fails only on new ones. Run it once when adopting the gate, and again to accept findings
 * on purpose; commit the file.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class BaselineMojo extends AnalysisMojo {
  @Override
  protected void run() throws MojoExecutionException {
    Optional<ModuleRun> run = analyse();
    if (run.isEmpty()) {
      return;
    }
    Baseline baseline = Baseline.of(run.get().result().findings());
    try {
      baseline.write(baselineFile.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "asynclint: cannot write baseline " + baselineFile + ": " + e, e);
    }
    getLog()
        .info(
            "asynclint: wrote baseline "
                + baselineFile
                + " accepting "
                + baseline.entries().size()
                + " finding(s)");
  }
}
