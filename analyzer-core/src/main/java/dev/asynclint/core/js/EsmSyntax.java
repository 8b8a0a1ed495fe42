package dev.asynclint.core.js;

import dev.asynclint.core.finding.SourceLocation;

/**
 * One piece of ES module syntax: what makes CommonJS loading fail with a SyntaxError, and what
 * Node's syntax detection looks for.
 *
 * @param kind what it is
 * @param location where
 * @param snippet its source text (first line)
 * @param typeOnly a TypeScript {@code import type} / {@code export type}, erased before run time
 */
public record EsmSyntax(Kind kind, SourceLocation location, String snippet, boolean typeOnly) {
  /** The kinds of module syntax. */
  public enum Kind {
    IMPORT("import statement"),
    EXPORT("export statement"),
    IMPORT_META("import.meta"),
    TOP_LEVEL_AWAIT("top-level await");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How messages name it. */
    public String label() {
      return label;
    }
  }
}
