package dev.asynclint.core.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted finding of a baseline. Only {@code fingerprint} takes part in matching; {@code
 * rule}, {@code path} and {@code message} are there so a reviewer can read the file. Nothing here
 * holds a line number, so code moving up or down does not change the file.
 */
public record BaselineEntry(String fingerprint, String rule, String path, String message) {
  /** File order: by path, then rule, then fingerprint, so diffs of the file stay small. */
  public static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::path)
          .thenComparing(BaselineEntry::rule)
          .thenComparing(BaselineEntry::fingerprint)
          .thenComparing(BaselineEntry::message);

  public BaselineEntry {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("a baseline entry needs a fingerprint");
    }
  }
}
