package dev.asynclint.core.frontend;

import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * What front ends know of the run before reading files: base directory, all discovered files (for
 * source-root detection and module resolution), classpath, model and settings.
 */
public record ProjectSetup(
    Path baseDir,
    List<SourceFile> files,
    List<Path> classpath,
    ApiModel model,
    AnalysisSettings settings) {
  public ProjectSetup {
    files = List.copyOf(files);
    classpath = List.copyOf(classpath);
  }
}
