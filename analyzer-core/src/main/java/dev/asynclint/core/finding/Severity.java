package dev.asynclint.core.finding;

import java.util.Locale;

/** How serious a finding is; the names match SARIF's {@code level} values. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** Lower-case name as used in SARIF, configuration files and CLI options. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code note} (case-insensitive). */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "' (expected error, warning or note)");
  }
}
