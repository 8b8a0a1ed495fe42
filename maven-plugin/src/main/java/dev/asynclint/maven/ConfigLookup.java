package dev.asynclint.maven;

import dev.asynclint.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a module's {@code asynclint.json} when none is configured: in the module, else in the
 * nearest folder above it up to the reactor root, so one file at the root serves every module and a
 * module can still carry its own.
 */
final class ConfigLookup {
  private ConfigLookup() {}

  static Optional<Path> find(Path moduleDir, Path reactorRoot) {
    Path dir = moduleDir.toAbsolutePath().normalize();
    Path root = reactorRoot.toAbsolutePath().normalize();
    while (dir != null) {
      Path candidate = dir.resolve(ConfigLoader.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (dir.equals(root) || !dir.startsWith(root)) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
