package dev.asynclint.core.js;

import java.util.Optional;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterTypescript;

/**
 * tree-sitter parsers for JavaScript (with JSX) and TypeScript, for one thread: tree-sitter parsers
 * are not thread-safe.
 *
 * <p>Platform limits: the bonede jars bundle native libraries for glibc Linux (x86_64, aarch64),
 * macOS (x86_64, aarch64) and Windows (x86_64) only. On musl (Alpine) or other platforms the
 * library cannot load; {@link #create()} then returns empty with the reason, and the front end
 * reports one {@code js-parser-unavailable} diagnostic while the Java analysis goes on. There is no
 * TSX grammar in these jars, so {@code .tsx} files are not analysed.
 */
final class JsParser implements AutoCloseable {
  private static volatile Optional<String> unavailableReason;

  private final TSParser javascript;
  private final TSParser typescript;

  private JsParser(TSParser javascript, TSParser typescript) {
    this.javascript = javascript;
    this.typescript = typescript;
  }

  /** A parser pair, or empty when the native library does not load on this platform. */
  static Optional<JsParser> create() {
    if (unavailableReason != null && unavailableReason.isPresent()) {
      return Optional.empty();
    }
    try {
      TSParser js = parserFor(new TreeSitterJavascript());
      TSParser ts = parserFor(new TreeSitterTypescript());
      unavailableReason = Optional.empty();
      return Optional.of(new JsParser(js, ts));
    } catch (LinkageError | RuntimeException e) {
      // UnsatisfiedLinkError (musl, missing glibc symbols), ExceptionInInitializerError, or the
      // bindings' own "Does not support OS/arch" RuntimeException.
      unavailableReason = Optional.of(e.toString());
      return Optional.empty();
    }
  }

  /** Why the parser could not be created, once {@link #create()} has failed. */
  static Optional<String> unavailableReason() {
    Optional<String> reason = unavailableReason;
    return reason == null ? Optional.empty() : reason;
  }

  private static TSParser parserFor(TSLanguage language) {
    TSParser parser = new TSParser();
    if (!parser.setLanguage(language)) {
      throw new IllegalStateException("tree-sitter rejected the grammar " + language);
    }
    return parser;
  }

  TSTree parse(String text, boolean typeScript) {
    return (typeScript ? typescript : javascript).parseString(null, text);
  }

  @Override
  public void close() {
    // TSParser frees its native memory through a Cleaner; nothing to release eagerly.
  }
}
