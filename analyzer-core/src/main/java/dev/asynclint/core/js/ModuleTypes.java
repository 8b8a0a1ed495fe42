package dev.asynclint.core.js;

import java.util.Optional;

/** Classifies files by extension and package scope (DESIGN 9). */
final class ModuleTypes {
  private ModuleTypes() {}

  static ModuleType classify(JsModuleFacts facts, PackageScopes scopes) {
    String ext = facts.extension();
    switch (ext) {
      case ".mjs", ".mts":
        return new ModuleType(ModuleType.Kind.ESM, "the " + ext + " extension", Optional.empty());
      case ".cjs", ".cts":
        return new ModuleType(
            ModuleType.Kind.COMMONJS, "the " + ext + " extension", Optional.empty());
      default:
        break;
    }
    Optional<PackageJsonFacts> pkg = scopes.governing(facts.absolutePath().getParent());
    if (pkg.isEmpty()) {
      return new ModuleType(
          ModuleType.Kind.AMBIGUOUS, "no package.json above it", Optional.empty());
    }
    PackageJsonFacts p = pkg.get();
    Optional<String> path = Optional.of(p.path());
    if (!p.valid()) {
      return new ModuleType(ModuleType.Kind.AMBIGUOUS, p.path() + " is malformed", path);
    }
    if (p.type().filter("module"::equals).isPresent()) {
      return new ModuleType(ModuleType.Kind.ESM, "\"type\": \"module\" in " + p.path(), path);
    }
    if (p.type().filter("commonjs"::equals).isPresent()) {
      return new ModuleType(
          ModuleType.Kind.COMMONJS, "\"type\": \"commonjs\" in " + p.path(), path);
    }
    return new ModuleType(ModuleType.Kind.AMBIGUOUS, p.path() + " has no \"type\"", path);
  }
}
