package dev.asynclint.core.js;

import java.nio.file.Path;
import java.util.List;

/**
 * The module facts of one JavaScript or TypeScript file (plain data; the tree is dropped).
 *
 * @param path root-relative path
 * @param absolutePath where the file is on disk, for package scope and resolution
 * @param typeScript true for {@code .ts}, {@code .mts}, {@code .cts}
 * @param esmSyntax import/export statements, {@code import.meta} and top-level {@code await}, in
 *     source order
 * @param commonJsGlobals references to the free CommonJS globals ({@code require}, {@code module},
 *     {@code exports}, {@code __dirname}, {@code __filename}), in source order
 * @param requests every import, re-export, dynamic {@code import()} and free {@code require()} with
 *     its specifier
 * @param syntaxErrors how many regions tree-sitter had to recover from
 * @param bundlerInput why Node could never run this file as written (JSX, a stylesheet or image
 *     import, a {@code .jsx} name): it is input for a bundler, which decides its module format
 */
public record JsModuleFacts(
    String path,
    Path absolutePath,
    boolean typeScript,
    List<EsmSyntax> esmSyntax,
    List<CommonJsGlobal> commonJsGlobals,
    List<ModuleRequest> requests,
    int syntaxErrors,
    java.util.Optional<String> bundlerInput)
    implements JsFileFacts {
  public JsModuleFacts {
    esmSyntax = List.copyOf(esmSyntax);
    commonJsGlobals = List.copyOf(commonJsGlobals);
    requests = List.copyOf(requests);
  }

  /** ES module syntax that Node would execute (TypeScript type-only imports are erased). */
  public List<EsmSyntax> runtimeEsmSyntax() {
    return esmSyntax.stream().filter(s -> !s.typeOnly()).toList();
  }

  /**
   * CommonJS globals used without a {@code typeof} test of the same name in the file: the uses that
   * throw a ReferenceError when the file runs as an ES module.
   */
  public List<CommonJsGlobal> unguardedCommonJsGlobals() {
    return commonJsGlobals.stream().filter(g -> !g.typeofGuarded()).toList();
  }

  /** True when the module body awaits at the top level. */
  public boolean hasTopLevelAwait() {
    return esmSyntax.stream().anyMatch(s -> s.kind() == EsmSyntax.Kind.TOP_LEVEL_AWAIT);
  }

  /** The file name extension in lower case, e.g. {@code .mjs}. */
  public String extension() {
    String name = absolutePath.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }
}
