package dev.asynclint.core.js;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Node's module resolution, statically: relative files (CommonJS tries the {@code .js}, {@code
 * .json}, {@code .node} extensions and folder {@code main}/{@code index.js}; ESM takes the path as
 * written), and package names through {@code node_modules} with {@code "exports"} conditions or
 * {@code "main"}. TypeScript importers also find the {@code .ts} source a {@code .js} specifier
 * names, as tsc does.
 */
final class NodeResolver {
  /**
   * Built-in module names (Node 18 to 24) that may be required without the {@code node:} scheme.
   */
  private static final Set<String> BUILTINS =
      Set.of(
          "assert",
          "assert/strict",
          "async_hooks",
          "buffer",
          "child_process",
          "cluster",
          "console",
          "constants",
          "crypto",
          "dgram",
          "diagnostics_channel",
          "dns",
          "dns/promises",
          "domain",
          "events",
          "fs",
          "fs/promises",
          "http",
          "http2",
          "https",
          "inspector",
          "inspector/promises",
          "module",
          "net",
          "os",
          "path",
          "path/posix",
          "path/win32",
          "perf_hooks",
          "process",
          "punycode",
          "querystring",
          "readline",
          "readline/promises",
          "repl",
          "stream",
          "stream/consumers",
          "stream/promises",
          "stream/web",
          "string_decoder",
          "sys",
          "timers",
          "timers/promises",
          "tls",
          "trace_events",
          "tty",
          "url",
          "util",
          "util/types",
          "v8",
          "vm",
          "wasi",
          "worker_threads",
          "zlib");

  private static final List<String> REQUIRE_CONDITIONS = List.of("node", "require", "default");
  private static final List<String> IMPORT_CONDITIONS = List.of("node", "import", "default");
  private static final List<String> CJS_EXTENSIONS = List.of(".js", ".json", ".node");
  private static final Map<String, String> TS_SOURCE_EXTENSIONS =
      Map.of(".js", ".ts", ".mjs", ".mts", ".cjs", ".cts", ".jsx", ".tsx");

  private final PackageScopes scopes;

  NodeResolver(PackageScopes scopes) {
    this.scopes = scopes;
  }

  /**
   * Resolves {@code specifier} as written in {@code importer}; {@code require} picks the loader.
   */
  Resolution resolve(String specifier, Path importer, boolean require, boolean typeScript) {
    if (specifier.startsWith("node:") || BUILTINS.contains(specifier)) {
      return new Resolution.Builtin(specifier);
    }
    Path dir = importer.getParent();
    if (specifier.startsWith("./")
        || specifier.startsWith("../")
        || specifier.startsWith("/")
        || specifier.equals(".")
        || specifier.equals("..")) {
      Path target = dir.resolve(specifier).normalize();
      Optional<Path> found =
          require || typeScript ? loadCommonJs(target, typeScript) : exactFile(target, false);
      return found
          .<Resolution>map(Resolution.File::new)
          .orElse(new Resolution.Unresolved("no file " + specifier));
    }
    if (specifier.startsWith("#") || specifier.contains(":")) {
      return new Resolution.Unresolved("import maps and URL schemes are not followed");
    }
    return resolvePackage(specifier, dir, require, typeScript);
  }

  private Resolution resolvePackage(
      String specifier, Path fromDir, boolean require, boolean typeScript) {
    String[] parts = specifier.split("/", -1);
    int nameParts = specifier.startsWith("@") && parts.length > 1 ? 2 : 1;
    String name = String.join("/", List.of(parts).subList(0, nameParts));
    String subpath = String.join("/", List.of(parts).subList(nameParts, parts.length));
    for (Path dir = fromDir; dir != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
        continue;
      }
      Path packageDir = dir.resolve("node_modules").resolve(name);
      if (!Files.isDirectory(packageDir)) {
        continue;
      }
      Optional<PackageJsonFacts> pkg = scopes.at(packageDir);
      String key = subpath.isEmpty() ? "." : "./" + subpath;
      if (pkg.isPresent() && pkg.get().exports().isPresent()) {
        JsonNode exports = pkg.get().exports().get();
        Optional<String> target =
            exportsTarget(exports, key, require ? REQUIRE_CONDITIONS : IMPORT_CONDITIONS);
        if (target.isPresent()) {
          Path file = packageDir.resolve(target.get()).normalize();
          return Files.isRegularFile(file)
              ? new Resolution.File(file)
              : new Resolution.Unresolved("exports target " + target.get() + " is missing");
        }
        boolean importOnly = require && exportsTarget(exports, key, IMPORT_CONDITIONS).isPresent();
        return new Resolution.NotExported(name, importOnly);
      }
      Path target = subpath.isEmpty() ? packageDir : packageDir.resolve(subpath).normalize();
      return loadCommonJs(target, typeScript)
          .<Resolution>map(Resolution.File::new)
          .orElse(new Resolution.Unresolved("nothing to load in " + name));
    }
    return new Resolution.Unresolved("package " + name + " is not installed");
  }

  /** require()'s LOAD_AS_FILE then LOAD_AS_DIRECTORY. */
  private Optional<Path> loadCommonJs(Path target, boolean typeScript) {
    Optional<Path> file = exactFile(target, typeScript);
    if (file.isPresent()) {
      return file;
    }
    for (String ext : CJS_EXTENSIONS) {
      file = exactFile(Path.of(target + ext), typeScript);
      if (file.isPresent()) {
        return file;
      }
    }
    if (typeScript) {
      for (String ext : List.of(".ts", ".mts", ".cts")) {
        file = exactFile(Path.of(target + ext), false);
        if (file.isPresent()) {
          return file;
        }
      }
    }
    if (Files.isDirectory(target)) {
      Optional<PackageJsonFacts> pkg = scopes.at(target);
      if (pkg.isPresent() && pkg.get().main().isPresent()) {
        Path main = target.resolve(pkg.get().main().get()).normalize();
        if (!main.equals(target)) {
          Optional<Path> viaMain = loadCommonJs(main, typeScript);
          if (viaMain.isPresent()) {
            return viaMain;
          }
        }
      }
      for (String index : List.of("index.js", "index.json", "index.node")) {
        file = exactFile(target.resolve(index), typeScript);
        if (file.isPresent()) {
          return file;
        }
      }
    }
    return Optional.empty();
  }

  /** The file itself, or for a TypeScript importer the source the emitted name stands for. */
  private static Optional<Path> exactFile(Path path, boolean typeScript) {
    if (Files.isRegularFile(path)) {
      return Optional.of(path);
    }
    if (typeScript) {
      String s = path.toString();
      for (var e : TS_SOURCE_EXTENSIONS.entrySet()) {
        if (s.endsWith(e.getKey())) {
          Path source = Path.of(s.substring(0, s.length() - e.getKey().length()) + e.getValue());
          if (Files.isRegularFile(source)) {
            return Optional.of(source);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** PACKAGE_EXPORTS_RESOLVE for one subpath, including {@code *} patterns. */
  static Optional<String> exportsTarget(JsonNode exports, String subpath, List<String> conditions) {
    boolean hasSubpathKeys = false;
    if (exports.isObject()) {
      Iterator<String> names = exports.fieldNames();
      while (names.hasNext()) {
        if (names.next().startsWith(".")) {
          hasSubpathKeys = true;
        }
      }
    }
    if (!hasSubpathKeys) {
      // A string, an array or a conditions object is the "." entry alone.
      return subpath.equals(".") ? target(exports, conditions, "") : Optional.empty();
    }
    JsonNode exact = exports.get(subpath);
    if (exact != null) {
      return target(exact, conditions, "");
    }
    String bestKey = null;
    Iterator<String> keys = exports.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      int star = key.indexOf('*');
      if (star < 0) {
        continue;
      }
      String prefix = key.substring(0, star);
      String suffix = key.substring(star + 1);
      if (subpath.startsWith(prefix)
          && subpath.endsWith(suffix)
          && subpath.length() >= prefix.length() + suffix.length()
          && (bestKey == null || prefix.length() > bestKey.indexOf('*'))) {
        bestKey = key;
      }
    }
    if (bestKey == null) {
      return Optional.empty();
    }
    int star = bestKey.indexOf('*');
    String match = subpath.substring(star, subpath.length() - (bestKey.length() - star - 1));
    return target(exports.get(bestKey), conditions, match);
  }

  private static Optional<String> target(JsonNode node, List<String> conditions, String star) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(node.asText().replace("*", star));
    }
    if (node.isArray()) {
      for (JsonNode alternative : node) {
        Optional<String> t = target(alternative, conditions, star);
        if (t.isPresent()) {
          return t;
        }
      }
      return Optional.empty();
    }
    if (node.isObject()) {
      // Conditions are tried in the object's own order, as Node does.
      for (var field : node.properties()) {
        if (conditions.contains(field.getKey())) {
          Optional<String> t = target(field.getValue(), conditions, star);
          if (t.isPresent()) {
            return t;
          }
        }
      }
    }
    return Optional.empty();
  }
}
