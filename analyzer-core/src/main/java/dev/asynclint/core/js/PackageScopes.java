package dev.asynclint.core.js;

import dev.asynclint.core.finding.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the {@code package.json} that governs a folder, as Node does: the nearest one upwards wins
 * even without a {@code "type"}, and the search stops at a {@code node_modules} folder. Files of
 * the analysed tree are used as read by the workers; folders above or outside the tree (a package
 * in {@code node_modules}, the parent of the analysed folder) are read from disk once.
 */
final class PackageScopes {
  private final Map<Path, PackageJsonFacts> analysed;
  private final Map<Path, Optional<PackageJsonFacts>> onDisk = new HashMap<>();
  private final Map<Path, Optional<PackageJsonFacts>> nearest = new HashMap<>();
  private final Consumer<Diagnostic> diagnostics;
  private final java.util.function.Function<Path, String> displayPath;

  PackageScopes(
      Map<Path, PackageJsonFacts> analysed,
      java.util.function.Function<Path, String> displayPath,
      Consumer<Diagnostic> diagnostics) {
    this.analysed = Map.copyOf(analysed);
    this.displayPath = displayPath;
    this.diagnostics = diagnostics;
  }

  /** The package.json directly in {@code dir}, if any. */
  synchronized Optional<PackageJsonFacts> at(Path dir) {
    PackageJsonFacts known = analysed.get(dir);
    if (known != null) {
      return Optional.of(known);
    }
    return onDisk.computeIfAbsent(dir, this::readFromDisk);
  }

  /** The package.json that governs files in {@code dir}. */
  synchronized Optional<PackageJsonFacts> governing(Path dir) {
    Optional<PackageJsonFacts> cached = nearest.get(dir);
    if (cached != null) {
      return cached;
    }
    Optional<PackageJsonFacts> here = at(dir);
    Optional<PackageJsonFacts> result;
    if (here.isPresent()) {
      result = here;
    } else if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
      result = Optional.empty(); // Node's lookup never crosses a node_modules folder
    } else {
      result = dir.getParent() == null ? Optional.empty() : governing(dir.getParent());
    }
    nearest.put(dir, result);
    return result;
  }

  private Optional<PackageJsonFacts> readFromDisk(Path dir) {
    Path file = dir.resolve("package.json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file);
      return Optional.of(PackageJsonReader.read(displayPath.apply(file), dir, text, diagnostics));
    } catch (IOException | RuntimeException e) {
      // Unreadable (or not UTF-8): Node could not use it either; treat the folder as typeless.
      return Optional.of(PackageJsonFacts.malformed(displayPath.apply(file), dir));
    }
  }
}
