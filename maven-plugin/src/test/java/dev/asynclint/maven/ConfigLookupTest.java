package dev.asynclint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLookupTest {
  @TempDir Path repo;

  @Test
  void theModulesOwnFileWinsOverTheRoots() throws IOException {
    Path module = Files.createDirectories(repo.resolve("apps/web"));
    Files.writeString(repo.resolve("asynclint.json"), "{}");
    Files.writeString(module.resolve("asynclint.json"), "{}");
    assertEquals(Optional.of(module.resolve("asynclint.json")), ConfigLookup.find(module, repo));
  }

  @Test
  void theNearestFolderAboveTheModuleUpToTheRoot() throws IOException {
    Path module = Files.createDirectories(repo.resolve("apps/web"));
    Files.writeString(repo.resolve("asynclint.json"), "{}");
    assertEquals(Optional.of(repo.resolve("asynclint.json")), ConfigLookup.find(module, repo));
    Files.writeString(repo.resolve("apps/asynclint.json"), "{}");
    assertEquals(Optional.of(repo.resolve("apps/asynclint.json")), ConfigLookup.find(module, repo));
  }

  @Test
  void nothingAboveTheRootAndNothingForAModuleOutsideIt() throws IOException {
    Path root = Files.createDirectories(repo.resolve("project"));
    Path module = Files.createDirectories(root.resolve("core"));
    Files.writeString(repo.resolve("asynclint.json"), "{}");
    assertEquals(Optional.empty(), ConfigLookup.find(module, root));
    Path outside = Files.createDirectories(repo.resolve("other"));
    assertEquals(Optional.empty(), ConfigLookup.find(outside, root));
  }
}
