package dev.asynclint.core.js;

import dev.asynclint.core.finding.SourceLocation;
import java.util.Optional;

/**
 * A place where the file asks for another module.
 *
 * @param kind how it asks
 * @param specifier the string literal, absent when computed at run time
 * @param location the statement or call
 * @param snippet its source text (first line)
 * @param typeOnly a TypeScript type-only import or re-export: nothing is loaded
 */
public record ModuleRequest(
    Kind kind,
    Optional<String> specifier,
    SourceLocation location,
    String snippet,
    boolean typeOnly) {
  /** The ways to load a module. */
  public enum Kind {
    STATIC_IMPORT,
    RE_EXPORT,
    DYNAMIC_IMPORT,
    /** A call of the free {@code require}, or TypeScript's {@code import x = require('y')}. */
    REQUIRE;

    /** True for the kinds that load synchronously through the ESM graph. */
    public boolean isStaticEsm() {
      return this == STATIC_IMPORT || this == RE_EXPORT;
    }
  }
}
