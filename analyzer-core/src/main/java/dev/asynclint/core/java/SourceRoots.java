package dev.asynclint.core.java;

import dev.asynclint.core.source.Language;
import dev.asynclint.core.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the source roots of the Java files (the folder a file's package path starts in), so the
 * symbol solver can find project types by name. Reads only the head of each file, where the package
 * declaration is.
 */
final class SourceRoots {
  private static final int HEAD_BYTES = 16 * 1024;
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

  private SourceRoots() {}

  static List<Path> of(List<SourceFile> files) {
    var roots = new TreeSet<Path>();
    for (SourceFile f : files) {
      if (f.language() == Language.JAVA) {
        rootOf(f.absolutePath()).ifPresent(roots::add);
      }
    }
    return List.copyOf(roots);
  }

  /**
   * The fully qualified names of the top-level types the files declare by convention (file {@code
   * root/a/b/C.java} declares {@code a.b.C}), so the resolution tiers know which names are the
   * project's own without parsing anything.
   */
  static Set<String> topLevelTypes(List<SourceFile> files, List<Path> roots) {
    var out = new HashSet<String>();
    for (SourceFile f : files) {
      if (f.language() != Language.JAVA) {
        continue;
      }
      Path abs = f.absolutePath().toAbsolutePath();
      for (Path root : roots) {
        if (abs.startsWith(root)) {
          String rel = root.relativize(abs).toString().replace('\\', '/');
          out.add(rel.substring(0, rel.length() - ".java".length()).replace('/', '.'));
          break;
        }
      }
    }
    return Set.copyOf(out);
  }

  private static Optional<Path> rootOf(Path file) {
    String head;
    try (InputStream in = Files.newInputStream(file)) {
      head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    Matcher m = PACKAGE.matcher(stripComments(head));
    Path dir = file.toAbsolutePath().getParent();
    if (m.find()) {
      String[] segments = m.group(1).split("\\.");
      for (int i = segments.length - 1; i >= 0; i--) {
        if (dir == null
            || dir.getFileName() == null
            || !dir.getFileName().toString().equals(segments[i])) {
          return Optional.empty(); // the folders do not follow the package: no usable root
        }
        dir = dir.getParent();
      }
    }
    return Optional.ofNullable(dir);
  }

  private static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
  }
}
