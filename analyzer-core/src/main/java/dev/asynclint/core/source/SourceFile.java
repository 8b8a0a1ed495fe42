package dev.asynclint.core.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A discovered file.
 *
 * @param absolutePath the real path on disk
 * @param relativePath path relative to the analysis base directory, {@code /}-separated; this is
 *     the path every report shows
 * @param language which front end reads it
 * @param size size in bytes at discovery
 */
public record SourceFile(Path absolutePath, String relativePath, Language language, long size) {
  public SourceFile {
    Objects.requireNonNull(absolutePath, "absolutePath");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(language, "language");
  }
}
