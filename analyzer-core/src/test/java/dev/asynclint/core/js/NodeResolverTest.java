package dev.asynclint.core.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeResolverTest {
  @TempDir Path root;

  private static final List<String> REQUIRE = List.of("node", "require", "default");
  private static final List<String> IMPORT = List.of("node", "import", "default");

  private NodeResolver resolver() {
    return new NodeResolver(new PackageScopes(Map.of(), Path::toString, d -> {}));
  }

  @Test
  void exportsConditionsAndPatterns() throws Exception {
    var json =
        new ObjectMapper()
            .readTree(
                "{\".\": {\"import\": \"./m.mjs\", \"require\": \"./c.cjs\"},"
                    + " \"./feat/*\": \"./lib/*.js\", \"./only-import\": {\"import\": \"./o.mjs\"}}");
    assertEquals(Optional.of("./c.cjs"), NodeResolver.exportsTarget(json, ".", REQUIRE));
    assertEquals(Optional.of("./m.mjs"), NodeResolver.exportsTarget(json, ".", IMPORT));
    assertEquals(
        Optional.of("./lib/x/y.js"), NodeResolver.exportsTarget(json, "./feat/x/y", REQUIRE));
    assertEquals(Optional.empty(), NodeResolver.exportsTarget(json, "./only-import", REQUIRE));
    assertEquals(Optional.empty(), NodeResolver.exportsTarget(json, "./internal.js", IMPORT));
    var sugar = new ObjectMapper().readTree("\"./index.js\"");
    assertEquals(Optional.of("./index.js"), NodeResolver.exportsTarget(sugar, ".", REQUIRE));
  }

  @Test
  void requireTriesExtensionsMainAndIndexButImportDoesNot() throws Exception {
    Files.writeString(root.resolve("a.js"), "");
    Files.createDirectories(root.resolve("dir"));
    Files.writeString(root.resolve("dir/package.json"), "{\"main\": \"lib/start\"}");
    Files.createDirectories(root.resolve("dir/lib"));
    Files.writeString(root.resolve("dir/lib/start.js"), "");
    Files.createDirectories(root.resolve("node_modules/pkg"));
    Files.writeString(root.resolve("node_modules/pkg/index.js"), "");
    Files.writeString(root.resolve("node_modules/pkg/package.json"), "{}");
    Path importer = root.resolve("main.js");
    NodeResolver r = resolver();
    assertEquals(
        new Resolution.File(root.resolve("a.js")), r.resolve("./a", importer, true, false));
    assertEquals(
        new Resolution.File(root.resolve("dir/lib/start.js")),
        r.resolve("./dir", importer, true, false));
    assertEquals(
        new Resolution.File(root.resolve("node_modules/pkg/index.js")),
        r.resolve("pkg", importer, true, false));
    assertEquals(Resolution.Unresolved.class, r.resolve("./a", importer, false, false).getClass());
    assertEquals(new Resolution.Builtin("node:fs"), r.resolve("node:fs", importer, true, false));
    assertEquals(
        new Resolution.Builtin("fs/promises"), r.resolve("fs/promises", importer, false, false));
  }
}
