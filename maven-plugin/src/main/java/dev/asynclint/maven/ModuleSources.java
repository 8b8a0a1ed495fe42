package dev.asynclint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one module gives the analysis: its source roots and the jars of its classpath.
 *
 * @param roots existing source roots, outside the build directory
 * @param jars classpath jars, for type resolution through dependencies
 * @param classFolders classpath folders left out: the analyzer resolves types from jars only, and
 *     in a reactor a sibling module's classes are such a folder ({@code target/classes})
 */
record ModuleSources(List<Path> roots, List<Path> jars, List<Path> classFolders) {
  ModuleSources {
    roots = List.copyOf(roots);
    jars = List.copyOf(jars);
    classFolders = List.copyOf(classFolders);
  }

  /**
   * Sorts the module's roots and classpath entries.
   *
   * @param sourceRoots compile source roots (and test ones when tests are included)
   * @param classpathElements the compile (or test) classpath, in Maven's order
   * @param buildDirectory roots under it are generated code, which nobody fixes by hand
   * @param ownOutputs the module's own class folders, left out silently
   */
  static ModuleSources of(
      List<String> sourceRoots,
      List<String> classpathElements,
      Path buildDirectory,
      List<Path> ownOutputs) {
    var roots = new LinkedHashSet<Path>();
    Path build = buildDirectory.toAbsolutePath().normalize();
    for (String r : sourceRoots) {
      Path root = Path.of(r).toAbsolutePath().normalize();
      if (Files.isDirectory(root) && !root.startsWith(build)) {
        roots.add(root);
      }
    }
    var jars = new ArrayList<Path>();
    var folders = new ArrayList<Path>();
    List<Path> own = ownOutputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    for (String e : classpathElements) {
      Path entry = Path.of(e).toAbsolutePath().normalize();
      if (own.contains(entry)) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        folders.add(entry);
      } else if (Files.isRegularFile(entry)) {
        jars.add(entry);
      }
    }
    return new ModuleSources(List.copyOf(roots), jars, folders);
  }
}
