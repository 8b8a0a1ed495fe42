package dev.asynclint.core.engine;

import java.util.Optional;

/**
 * Run settings that front ends and rules consult.
 *
 * @param nodeVersion the Node.js target given by option or configuration; absent means "decide from
 *     package.json engines, else the oldest maintained LTS"
 * @param maxFileBytes files larger than this are reported and skipped
 * @param scanNodeModules analyse files under {@code node_modules} too (off by default)
 */
public record AnalysisSettings(
    Optional<String> nodeVersion, long maxFileBytes, boolean scanNodeModules) {
  public static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;

  public static AnalysisSettings defaults() {
    return new AnalysisSettings(Optional.empty(), DEFAULT_MAX_FILE_BYTES, false);
  }
}
