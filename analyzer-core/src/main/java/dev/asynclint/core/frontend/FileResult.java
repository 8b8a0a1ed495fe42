package dev.asynclint.core.frontend;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.suppress.SuppressionMark;
import java.util.List;
import java.util.Optional;

/**
 * What a front end learned from one file: its facts (absent when the file could not be read at
 * all), the problems it met, and the suppressions written in it.
 */
public record FileResult<F>(
    Optional<F> facts, List<Diagnostic> diagnostics, List<SuppressionMark> suppressions) {
  public FileResult {
    diagnostics = List.copyOf(diagnostics);
    suppressions = List.copyOf(suppressions);
  }

  public static <F> FileResult<F> failed(Diagnostic problem) {
    return new FileResult<>(Optional.empty(), List.of(problem), List.of());
  }
}
