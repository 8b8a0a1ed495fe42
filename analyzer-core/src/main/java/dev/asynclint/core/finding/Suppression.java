package dev.asynclint.core.finding;

import java.util.Objects;

/**
 * Why a finding is suppressed. {@code kind} follows SARIF: {@code IN_SOURCE} for annotations and
 * comments, {@code EXTERNAL} for configuration. {@code justification} may be empty.
 */
public record Suppression(Kind kind, SourceLocation where, String justification) {
  public enum Kind {
    IN_SOURCE,
    EXTERNAL
  }

  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(justification, "justification");
  }
}
