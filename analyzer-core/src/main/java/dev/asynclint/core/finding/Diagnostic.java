package dev.asynclint.core.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem of the tool with the input, not a finding in it: an unparseable or binary file, a
 * broken configuration, a rule that crashed. Diagnostics never abort a run; they are reported
 * (SARIF {@code toolExecutionNotifications}) while the rest of the tree is analysed.
 *
 * @param kind what went wrong
 * @param level how serious: {@code ERROR} for lost analysis of a file, {@code NOTE} for hints
 * @param path root-relative path, or empty when the problem belongs to no file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message a clear sentence for the user
 */
public record Diagnostic(
    Kind kind, Severity level, String path, int line, int column, String message) {

  /** The kinds of tool problems; the id is used in JSON and SARIF descriptors. */
  public enum Kind {
    PARSE_ERROR("parse-error"),
    NOT_UTF8("not-utf8"),
    BINARY_FILE("binary-file"),
    FILE_TOO_LARGE("file-too-large"),
    IO_ERROR("io-error"),
    RULE_CRASH("rule-crash"),
    CONFIG_ERROR("config-error"),
    CLASSPATH_ENTRY("classpath-entry"),
    MODEL_ERROR("model-error"),
    PACKAGE_JSON("package-json"),
    JS_PARSER_UNAVAILABLE("js-parser-unavailable"),
    UNUSED_SUPPRESSION("unused-suppression"),
    RESOLUTION("resolution");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::kind)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic ofFile(Kind kind, String path, String message) {
    return new Diagnostic(kind, Severity.ERROR, path, 0, 0, message);
  }
}
