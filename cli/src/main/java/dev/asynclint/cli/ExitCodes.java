package dev.asynclint.cli;

/** Process exit codes (DESIGN 8). */
public final class ExitCodes {
  /** No finding at or above the threshold. */
  public static final int CLEAN = 0;

  /** Findings at or above the threshold. */
  public static final int FINDINGS = 1;

  /** Bad usage or configuration. */
  public static final int USAGE = 2;

  /** asynclint itself failed. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
