package dev.asynclint.core.js;

import java.nio.file.Path;

/** What a specifier resolves to, as far as Node's resolution could be followed statically. */
public sealed interface Resolution {
  /** A built-in module such as {@code fs} or {@code node:path}. */
  record Builtin(String name) implements Resolution {}

  /** A file on disk. */
  record File(Path path) implements Resolution {}

  /**
   * A package whose {@code "exports"} has no entry for the loader's conditions.
   *
   * @param packageName the package
   * @param importOnly the same subpath does resolve under the {@code import} condition: the package
   *     ships ESM only
   */
  record NotExported(String packageName, boolean importOnly) implements Resolution {}

  /** Not found, or not statically known; {@code why} says which. */
  record Unresolved(String why) implements Resolution {}
}
