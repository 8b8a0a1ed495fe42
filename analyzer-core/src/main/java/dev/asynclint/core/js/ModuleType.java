package dev.asynclint.core.js;

/**
 * How Node classifies a file before running it (DESIGN 9): {@code .mjs} is ESM, {@code .cjs} is
 * CommonJS, and {@code .js} takes the {@code "type"} of the nearest package.json; without one it is
 * ambiguous.
 *
 * @param kind the classification
 * @param reason what decided it, for messages: {@code the .cjs extension}, {@code "type": "module"
 *     in pkg/package.json} …
 * @param packageJson the governing package.json (its display path), if there is one
 */
public record ModuleType(Kind kind, String reason, java.util.Optional<String> packageJson) {
  /** The three classifications. */
  public enum Kind {
    ESM,
    COMMONJS,
    AMBIGUOUS
  }
}
