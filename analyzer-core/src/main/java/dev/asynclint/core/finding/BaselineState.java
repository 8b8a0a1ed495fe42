package dev.asynclint.core.finding;

/** SARIF {@code baselineState}: {@code NONE} when the run had no baseline. */
public enum BaselineState {
  NONE,
  NEW,
  UNCHANGED
}
