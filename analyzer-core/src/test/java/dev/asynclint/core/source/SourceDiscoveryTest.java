package dev.asynclint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.finding.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SourceDiscovery}: which files a run reads, in which order, under which names. */
class SourceDiscoveryTest {
  @TempDir Path tmp;

  private static Path write(Path root, String rel, String content) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static Path touch(Path root, String... rels) throws IOException {
    for (String rel : rels) {
      write(root, rel, "// " + rel + "\n");
    }
    return root;
  }

  private static SourceDiscovery.Result discover(Path root) {
    return new SourceDiscovery(root, List.of(), List.of(), false).discover(List.of(root));
  }

  private static List<String> paths(SourceDiscovery.Result result) {
    return result.files().stream().map(SourceFile::relativePath).toList();
  }

  private static List<String> found(Path root) {
    SourceDiscovery.Result result = discover(root);
    assertEquals(List.of(), result.diagnostics());
    return paths(result);
  }

  @Test
  void findsJavaJavaScriptTypeScriptAndPackageJson() throws IOException {
    Path root = tmp.resolve("tree");
    touch(
        root,
        "src/main/java/app/Server.java",
        "web/a.js",
        "web/b.mjs",
        "web/c.cjs",
        "web/d.jsx",
        "web/e.ts",
        "web/f.mts",
        "web/g.cts",
        "web/types.d.ts",
        "web/package.json",
        "package.json",
        "README.md",
        "web/style.css",
        "web/package.json.bak",
        "web/my-package.json",
        "App.JAVA");
    SourceDiscovery.Result result = discover(root);
    var languages = new LinkedHashMap<String, Language>();
    result.files().forEach(f -> languages.put(f.relativePath(), f.language()));
    assertEquals(
        Map.ofEntries(
            Map.entry("App.JAVA", Language.JAVA),
            Map.entry("package.json", Language.PACKAGE_JSON),
            Map.entry("src/main/java/app/Server.java", Language.JAVA),
            Map.entry("web/a.js", Language.JAVASCRIPT),
            Map.entry("web/b.mjs", Language.JAVASCRIPT),
            Map.entry("web/c.cjs", Language.JAVASCRIPT),
            Map.entry("web/d.jsx", Language.JAVASCRIPT),
            Map.entry("web/e.ts", Language.TYPESCRIPT),
            Map.entry("web/f.mts", Language.TYPESCRIPT),
            Map.entry("web/g.cts", Language.TYPESCRIPT),
            Map.entry("web/package.json", Language.PACKAGE_JSON)),
        languages);
    SourceFile server =
        result.files().stream()
            .filter(f -> f.relativePath().endsWith("Server.java"))
            .findFirst()
            .orElseThrow();
    assertEquals(root.resolve("src/main/java/app/Server.java"), server.absolutePath());
    assertEquals(Files.size(server.absolutePath()), server.size());
  }

  @Test
  void languageOfFileNames() {
    assertEquals(Optional.of(Language.JAVA), SourceDiscovery.languageOf("A.java"));
    assertEquals(Optional.of(Language.JAVASCRIPT), SourceDiscovery.languageOf("x.MJS"));
    assertEquals(Optional.of(Language.PACKAGE_JSON), SourceDiscovery.languageOf("package.json"));
    assertEquals(Optional.of(Language.TYPESCRIPT), SourceDiscovery.languageOf("x.ts"));
    assertEquals(Optional.empty(), SourceDiscovery.languageOf("x.d.ts"));
    assertEquals(Optional.empty(), SourceDiscovery.languageOf("x.d.mts"));
    assertEquals(Optional.empty(), SourceDiscovery.languageOf("A.class"));
    assertEquals(Optional.empty(), SourceDiscovery.languageOf("tsconfig.json"));
    assertEquals(Optional.empty(), SourceDiscovery.languageOf("java"));
  }

  @Test
  void outputIsSortedByRelativePath() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "z/Z.java", "a/b/c.js", "A.java", "a/B.java", "m.cjs", "a/b.js", "a-b/x.js");
    List<String> files = found(root);
    var sorted = new ArrayList<>(files);
    sorted.sort(null);
    assertEquals(sorted, files);
    assertEquals(7, files.size());
  }

  @Test
  void skipsVcsBuildOutputAndNodeModules() throws IOException {
    Path root = tmp.resolve("tree");
    touch(
        root,
        "src/A.java",
        "target/generated-sources/B.java",
        "module/target/C.java",
        "build/D.java",
        "app/build/E.java",
        ".git/hooks/pre-commit.js",
        ".hg/x.js",
        ".svn/x.js",
        "node_modules/lib/index.js",
        "web/node_modules/lib/package.json",
        "src/targets/F.java",
        "src/builder/G.java");
    assertEquals(List.of("src/A.java", "src/builder/G.java", "src/targets/F.java"), found(root));
  }

  @Test
  void scanNodeModulesEntersNodeModulesOnly() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "index.js", "node_modules/lib/index.js", "node_modules/lib/package.json");
    touch(root, "target/A.java", "node_modules/lib/.git/x.js", "node_modules/lib/build/y.js");
    SourceDiscovery.Result result =
        new SourceDiscovery(root, List.of(), List.of(), true).discover(List.of(root));
    assertEquals(
        List.of("index.js", "node_modules/lib/index.js", "node_modules/lib/package.json"),
        paths(result));
  }

  @Test
  void explicitRootInsideASkippedFolderIsAnalysed() throws IOException {
    // Skipping applies below a root: a user who names build/ means it.
    Path root = tmp.resolve("tree");
    touch(root, "build/gen/A.java");
    SourceDiscovery.Result result =
        new SourceDiscovery(root, List.of(), List.of(), false)
            .discover(List.of(root.resolve("build")));
    assertEquals(List.of("build/gen/A.java"), paths(result));
  }

  @Test
  void gitignoreFilesAndDirectoryPatterns() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "src/A.java", "src/A.gen.java", "generated/B.java", "src/generated/C.java");
    touch(root, "docs/D.java", "src/docs.java", "out/E.java", "src/out");
    write(root, ".gitignore", "# comment\n*.gen.java\ngenerated/\n/docs\nout/\n");
    assertEquals(List.of("src/A.java", "src/docs.java"), found(root));
  }

  @Test
  void gitignoreNegationReincludesAFile() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "a.js", "b.js", "keep.js", "src/App.java");
    write(root, ".gitignore", "*.js\n!keep.js\n");
    assertEquals(List.of("keep.js", "src/App.java"), found(root));
  }

  @Test
  void nestedGitignoreAppliesBelowItsFolderAndTheDeepestOpinionWins() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "local.js", "web/local.js", "web/app.js", "web/vendor.js", "other/vendor.js");
    write(root, ".gitignore", "vendor.js\n");
    write(root, "web/.gitignore", "local.js\n!vendor.js\n");
    assertEquals(List.of("local.js", "web/app.js", "web/vendor.js"), found(root));
  }

  @Test
  void nestedGitignoreAnchorsToItsOwnFolder() throws IOException {
    Path root = tmp.resolve("tree");
    touch(root, "gen/A.java", "web/gen/B.java", "web/sub/gen/C.java");
    write(root, "web/.gitignore", "/gen\n");
    assertEquals(List.of("gen/A.java", "web/sub/gen/C.java"), found(root));
  }

  @Test
  void gitignoreOfAnAncestorUpToTheRepositoryTopApplies() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    write(repo, ".gitignore", "*.tmp.java\nmodule/generated/\n");
    write(repo, "module/.gitignore", "scratch/\n");
    Path root = touch(repo.resolve("module/sub"), "A.java", "B.tmp.java", "scratch/C.java");
    touch(repo.resolve("module"), "generated/D.java", "generated2/E.java");
    assertEquals(List.of("A.java"), found(root));
    SourceDiscovery.Result module =
        new SourceDiscovery(repo, List.of(), List.of(), false)
            .discover(List.of(repo.resolve("module")));
    assertEquals(List.of("module/generated2/E.java", "module/sub/A.java"), paths(module));
  }

  @Test
  void gitWorktreeFileMarksTheRepositoryTopToo() throws IOException {
    // In a worktree or submodule .git is a file ("gitdir: ..."); it still marks the top.
    Path repo = tmp.resolve("repo");
    write(repo, ".git", "gitdir: ../elsewhere\n");
    write(repo, ".gitignore", "*.tmp.java\n");
    Path root = touch(repo.resolve("module"), "A.java", "B.tmp.java");
    assertEquals(List.of("A.java"), found(root));
  }

  @Test
  void ancestorGitignoreOutsideAnyRepositoryIsNotApplied() throws IOException {
    Path outer = tmp.resolve("outer");
    write(outer, ".gitignore", "*.java\n");
    Path root = touch(outer.resolve("project"), "A.java");
    assertEquals(List.of("A.java"), found(root));
  }

  @Test
  void gitignoreAboveTheRepositoryTopIsNotApplied() throws IOException {
    Path outer = tmp.resolve("outer");
    write(outer, ".gitignore", "*.java\n");
    Path repo = outer.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path root = touch(repo.resolve("module"), "A.java");
    assertEquals(List.of("A.java"), found(root));
  }

  @Test
  void rootThatIsARepositoryTopIgnoresGitignoresAboveIt() throws IOException {
    // A dotfiles repository in the home folder often ignores "*"; a project below it is its own
    // repository and git does not apply the outer file there.
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve(".git"));
    write(home, ".gitignore", "*\n");
    Path repo = home.resolve("work/repo");
    Files.createDirectories(repo.resolve(".git"));
    touch(repo, "src/A.java");
    assertEquals(List.of("src/A.java"), found(repo));
  }

  @Test
  void rootThatIsASymlinkToAFolderIsFollowed() throws IOException {
    // The user named it: like a file root, a folder root is read through its link.
    Path real = touch(tmp.resolve("real"), "src/A.java", "src/b.js");
    Path base = tmp.resolve("base");
    Files.createDirectories(base);
    Path link = Files.createSymbolicLink(base.resolve("linked"), real);
    SourceDiscovery.Result result =
        new SourceDiscovery(base, List.of(), List.of(), false).discover(List.of(link));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of("linked/src/A.java", "linked/src/b.js"), paths(result));
    assertEquals(link.resolve("src/A.java"), result.files().get(0).absolutePath());
  }

  @Test
  void symlinkedRootStillDoesNotFollowLinksOutOfIt() throws IOException {
    Path real = touch(tmp.resolve("real"), "A.java");
    Path outside = write(tmp, "outside/Secret.java", "class Secret {}\n");
    Files.createSymbolicLink(real.resolve("Secret.java"), outside);
    Files.createSymbolicLink(real.resolve("Alias.java"), real.resolve("A.java"));
    write(real, ".gitignore", "ignored/\n");
    touch(real, "ignored/I.java");
    Path link = Files.createSymbolicLink(tmp.resolve("linked"), real);
    SourceDiscovery.Result result =
        new SourceDiscovery(tmp, List.of(), List.of(), false).discover(List.of(link));
    assertEquals(List.of("linked/A.java"), paths(result));
  }

  @Test
  void symlinkedFileInsideTheRootIsReadOnceUnderItsRealName() throws IOException {
    Path root = tmp.resolve("tree");
    Path real = write(root, "src/Real.java", "class Real {}\n");
    // Names that sort before and after the real file, so walk order cannot decide.
    Files.createSymbolicLink(root.resolve("Alias.java"), real);
    Files.createDirectories(root.resolve("zz"));
    Files.createSymbolicLink(root.resolve("zz/Alias2.java"), real);
    SourceDiscovery.Result result = discover(root);
    assertEquals(List.of("src/Real.java"), paths(result));
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void symlinkedFileInsideTheRootIsFollowedWhenTheTargetIsNotDiscovered() throws IOException {
    Path root = tmp.resolve("tree");
    Path real = write(root, "target/shared/Shared.java", "class Shared {}\n");
    Files.createDirectories(root.resolve("src"));
    Files.createSymbolicLink(root.resolve("src/Shared.java"), real);
    Files.createSymbolicLink(root.resolve("src/Relative.java"), Path.of("Shared.java"));
    SourceDiscovery.Result result = discover(root);
    assertEquals(List.of("src/Relative.java"), paths(result), "one file, found once");
  }

  @Test
  void symlinkPointingOutsideTheRootIsNotFollowed() throws IOException {
    Path outside = write(tmp, "outside/Secret.java", "class Secret {}\n");
    Path root = touch(tmp.resolve("tree"), "src/A.java");
    Files.createSymbolicLink(root.resolve("src/Secret.java"), outside);
    Files.createSymbolicLink(root.resolve("src/Dangling.java"), root.resolve("src/None.java"));
    assertEquals(List.of("src/A.java"), found(root));
  }

  @Test
  void symlinkedDirectoryIsNotFollowed() throws IOException {
    Path root = touch(tmp.resolve("tree"), "src/A.java");
    Path outsideDir = touch(tmp.resolve("outside"), "B.java");
    Files.createSymbolicLink(root.resolve("linked"), outsideDir);
    Files.createSymbolicLink(root.resolve("loop"), root);
    Files.createSymbolicLink(root.resolve("src/inner.java"), root.resolve("src"));
    assertEquals(List.of("src/A.java"), found(root));
  }

  @Test
  void includeAndExcludeGlobsAreRelativeToTheBaseDirectory() throws IOException {
    Path base = tmp.resolve("base");
    touch(
        base,
        "module/src/main/App.java",
        "module/src/main/gen/Gen.java",
        "module/src/test/AppTest.java",
        "module/web/a.js",
        "other/Other.java");
    SourceDiscovery.Result result =
        new SourceDiscovery(
                base, List.of("module/src/**", "module/web/*.js"), List.of("**/gen/**"), false)
            .discover(List.of(base.resolve("module"), base.resolve("other")));
    assertEquals(
        List.of("module/src/main/App.java", "module/src/test/AppTest.java", "module/web/a.js"),
        paths(result));
    SourceDiscovery.Result excluded =
        new SourceDiscovery(base, List.of(), List.of("module/src/test/**", "**.js"), false)
            .discover(List.of(base));
    assertEquals(
        List.of("module/src/main/App.java", "module/src/main/gen/Gen.java", "other/Other.java"),
        paths(excluded));
  }

  @Test
  void pathsAreRelativeToTheBaseDirectoryEvenForDeeperRoots() throws IOException {
    Path base = tmp.resolve("base");
    touch(base, "a/b/C.java");
    SourceDiscovery.Result result =
        new SourceDiscovery(base, List.of(), List.of(), false)
            .discover(List.of(base.resolve("a/b")));
    assertEquals(List.of("a/b/C.java"), paths(result));
  }

  @Test
  void singleFileRootIsDiscoveredAndOverlappingRootsGiveNoDuplicates() throws IOException {
    Path root = touch(tmp.resolve("tree"), "src/A.java", "src/B.java", "notes.txt");
    SourceDiscovery d = new SourceDiscovery(root, List.of(), List.of(), false);
    assertEquals(List.of("src/A.java"), paths(d.discover(List.of(root.resolve("src/A.java")))));
    assertEquals(List.of(), paths(d.discover(List.of(root.resolve("notes.txt")))));
    assertEquals(
        List.of("src/A.java", "src/B.java"),
        paths(d.discover(List.of(root.resolve("src/B.java"), root, root.resolve("src")))));
  }

  @Test
  void missingRootIsAnIoErrorAndTheOtherRootsStillCount() throws IOException {
    Path root = touch(tmp.resolve("tree"), "A.java");
    SourceDiscovery.Result result =
        new SourceDiscovery(root, List.of(), List.of(), false)
            .discover(List.of(root.resolve("missing"), root));
    assertEquals(List.of("A.java"), paths(result));
    assertEquals(1, result.diagnostics().size());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals(Diagnostic.Kind.IO_ERROR, d.kind());
    assertEquals("missing", d.path());
    assertTrue(d.message().contains("does not exist"), d.message());
  }

  @Test
  void relativeUsesForwardSlashesAndDotForTheBase() {
    var d = new SourceDiscovery(tmp, List.of(), List.of(), false);
    assertEquals("a/b/C.java", d.relative(tmp.resolve("a").resolve("b").resolve("C.java")));
    assertEquals(".", d.relative(tmp));
    Path elsewhere = tmp.getRoot().resolve("elsewhere/X.java");
    assertEquals(elsewhere.toString(), d.relative(elsewhere));
  }
}
