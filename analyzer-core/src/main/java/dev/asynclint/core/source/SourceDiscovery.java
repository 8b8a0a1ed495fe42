package dev.asynclint.core.source;

import dev.asynclint.core.finding.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Finds the files to analyse under the given roots (DESIGN 2): Java, JavaScript/TypeScript and
 * {@code package.json}; skips VCS folders, build output and {@code node_modules}, honours {@code
 * .gitignore} files (those of the root's ancestors up to the repository too, as git does), and
 * never follows a symbolic link out of its root.
 */
public final class SourceDiscovery {
  /** Folders never entered: version control metadata and build output. */
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", ".hg", ".svn", "target", "build", "node_modules");

  private final Path baseDir;
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final boolean scanNodeModules;

  /** The discovered files in path order, and the problems met on the way. */
  public record Result(List<SourceFile> files, List<Diagnostic> diagnostics) {}

  public SourceDiscovery(
      Path baseDir, List<String> includeGlobs, List<String> excludeGlobs, boolean scanNodeModules) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.includes = includeGlobs.stream().map(SourceDiscovery::glob).toList();
    this.excludes = excludeGlobs.stream().map(SourceDiscovery::glob).toList();
    this.scanNodeModules = scanNodeModules;
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }

  /** The language a file name stands for, if asynclint reads such files. */
  public static Optional<Language> languageOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.equals("package.json")) {
      return Optional.of(Language.PACKAGE_JSON);
    }
    if (name.endsWith(".java")) {
      return Optional.of(Language.JAVA);
    }
    if (name.endsWith(".js")
        || name.endsWith(".mjs")
        || name.endsWith(".cjs")
        || name.endsWith(".jsx")) {
      return Optional.of(Language.JAVASCRIPT);
    }
    // Declaration files hold no code that runs, so they cannot mix module types.
    if (name.endsWith(".d.ts") || name.endsWith(".d.mts") || name.endsWith(".d.cts")) {
      return Optional.empty();
    }
    if (name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts")) {
      return Optional.of(Language.TYPESCRIPT);
    }
    return Optional.empty();
  }

  public Result discover(List<Path> roots) {
    var found = new TreeMap<String, SourceFile>();
    var seenReal = new HashMap<Path, String>();
    var diagnostics = new ArrayList<Diagnostic>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (!Files.exists(abs)) {
        diagnostics.add(
            Diagnostic.ofFile(Diagnostic.Kind.IO_ERROR, relative(abs), "path does not exist"));
        continue;
      }
      if (Files.isRegularFile(abs)) {
        languageOf(abs.getFileName().toString())
            .ifPresent(lang -> add(found, seenReal, abs, lang, diagnostics));
        continue;
      }
      walk(abs, found, seenReal, diagnostics);
    }
    return new Result(List.copyOf(found.values()), diagnostics);
  }

  private void walk(
      Path root,
      TreeMap<String, SourceFile> found,
      Map<Path, String> seenReal,
      List<Diagnostic> out) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      out.add(Diagnostic.ofFile(Diagnostic.Kind.IO_ERROR, relative(root), e.toString()));
      return;
    }
    Deque<Ignores> ignores = new ArrayDeque<>(ancestorIgnores(root));
    // A root the user named is read through its link, as a file root is; the walk never follows
    // links, so it starts at the real folder and names every path under the root as given.
    Path start = Files.isSymbolicLink(root) ? realRoot : root;
    UnaryOperator<Path> named = p -> start == root ? p : root.resolve(start.relativize(p));
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path walked, BasicFileAttributes attrs) {
              Path dir = named.apply(walked);
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(root)) {
                boolean nodeModules = name.equals("node_modules");
                if ((SKIPPED_DIRS.contains(name) && !(nodeModules && scanNodeModules))
                    || isIgnored(ignores, dir, true)) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
              }
              ignores.push(Ignores.read(dir));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              ignores.pop();
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path walked, BasicFileAttributes attrs) {
              Path file = named.apply(walked);
              Optional<Language> lang = languageOf(file.getFileName().toString());
              if (lang.isEmpty() || isIgnored(ignores, file, false)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // Follow a link only when it stays inside the root: a link out of the tree would
                // analyse code that is not part of it; a link to a folder is never followed since
                // its target, if inside the root, is found by the walk anyway.
                try {
                  Path target = file.toRealPath();
                  if (!target.startsWith(realRoot) || !Files.isRegularFile(target)) {
                    return FileVisitResult.CONTINUE;
                  }
                } catch (IOException broken) {
                  return FileVisitResult.CONTINUE;
                }
              }
              add(found, seenReal, file, lang.get(), out);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path walked, IOException e) {
              out.add(
                  Diagnostic.ofFile(
                      Diagnostic.Kind.IO_ERROR,
                      relative(named.apply(walked)),
                      "cannot read: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      out.add(Diagnostic.ofFile(Diagnostic.Kind.IO_ERROR, relative(root), e.toString()));
    }
  }

  private void add(
      TreeMap<String, SourceFile> found,
      Map<Path, String> seenReal,
      Path file,
      Language lang,
      List<Diagnostic> out) {
    String rel = relative(file);
    if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(Path.of(rel)))) {
      return;
    }
    if (excludes.stream().anyMatch(m -> m.matches(Path.of(rel)))) {
      return;
    }
    try {
      Path real = file.toRealPath();
      String previous = seenReal.get(real);
      if (previous != null) {
        // One file reached under several names (a link and its target, or two links): keep one
        // name whatever the walk order, so reports are deterministic: the real path when it was
        // found, else the first name in path order.
        boolean isLink = Files.isSymbolicLink(file);
        boolean previousIsLink = Files.isSymbolicLink(found.get(previous).absolutePath());
        if (isLink == previousIsLink ? previous.compareTo(rel) <= 0 : isLink) {
          return;
        }
        found.remove(previous);
      }
      seenReal.put(real, rel);
      long size = Files.size(file);
      found.put(rel, new SourceFile(file, rel, lang, size));
    } catch (IOException e) {
      out.add(Diagnostic.ofFile(Diagnostic.Kind.IO_ERROR, rel, "cannot read: " + e.getMessage()));
    }
  }

  /** Path shown in reports: relative to the base directory, {@code /}-separated. */
  public String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  private static boolean isIgnored(Deque<Ignores> stack, Path path, boolean directory) {
    // The deepest .gitignore that has an opinion decides, as in git.
    for (Ignores ig : stack) {
      Optional<Boolean> verdict = ig.check(path, directory);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    return false;
  }

  /** The .gitignore files between the repository top (the folder with .git) and the root. */
  private static List<Ignores> ancestorIgnores(Path root) {
    if (Files.exists(root.resolve(".git"))) {
      return List.of(); // the root is a repository top: files above it belong to another one
    }
    var chain = new ArrayList<Ignores>();
    Path dir = root.getParent();
    while (dir != null) {
      chain.add(Ignores.read(dir));
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
      dir = dir.getParent();
    }
    if (dir == null) {
      return List.of(); // not inside a repository: git would not apply these files
    }
    return chain; // nearest first, as the walk's stack keeps them
  }

  /** The rules of one folder's .gitignore. */
  private record Ignores(Path dir, Optional<IgnoreNode> node) {
    static Ignores read(Path dir) {
      Path file = dir.resolve(".gitignore");
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return new Ignores(dir, Optional.empty());
      }
      IgnoreNode node = new IgnoreNode();
      try (InputStream in = Files.newInputStream(file)) {
        node.parse(in);
        return new Ignores(dir, Optional.of(node));
      } catch (IOException e) {
        return new Ignores(dir, Optional.empty());
      }
    }

    Optional<Boolean> check(Path path, boolean directory) {
      if (node.isEmpty() || !path.startsWith(dir)) {
        return Optional.empty();
      }
      String rel = dir.relativize(path).toString().replace('\\', '/');
      Boolean ignored = node.get().checkIgnored(rel, directory);
      return Optional.ofNullable(ignored);
    }
  }
}
