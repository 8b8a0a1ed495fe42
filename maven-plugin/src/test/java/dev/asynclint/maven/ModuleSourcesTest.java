package dev.asynclint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSourcesTest {
  @TempDir Path module;

  @Test
  void keepsExistingHandWrittenRootsAndSortsTheClasspath() throws IOException {
    Path main = Files.createDirectories(module.resolve("src/main/java"));
    Path generated = Files.createDirectories(module.resolve("target/generated-sources/apt"));
    Path classes = Files.createDirectories(module.resolve("target/classes"));
    Path sibling = Files.createDirectories(module.resolve("../core/target/classes"));
    Path jar = Files.writeString(module.resolve("lib.jar"), "");

    var sources =
        ModuleSources.of(
            List.of(main.toString(), generated.toString(), module.resolve("missing").toString()),
            List.of(
                classes.toString(),
                jar.toString(),
                sibling.toString(),
                module.resolve("gone.jar").toString()),
            module.resolve("target"),
            List.of(classes));

    assertEquals(List.of(main), sources.roots());
    assertEquals(List.of(jar), sources.jars());
    assertEquals(List.of(sibling.normalize()), sources.classFolders());
  }
}
