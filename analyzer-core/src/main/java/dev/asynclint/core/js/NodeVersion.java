package dev.asynclint.core.js;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Node.js version and the module-loading features it has (DESIGN 9, measured in spec/esm-matrix
 * with Node 18.20 to 24.21).
 */
public record NodeVersion(int major, int minor, int patch) implements Comparable<NodeVersion> {
  private static final Pattern FORM = Pattern.compile("v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  /** Parses {@code 22}, {@code 22.12} or {@code v22.12.0}. */
  public static Optional<NodeVersion> parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new NodeVersion(
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
  }

  /**
   * Syntax detection is on by default: a typeless file that fails to parse as CommonJS because of
   * module syntax is re-run as ESM. Unflagged in 22.7.0 and backported to 20.19.0; 21.x had it only
   * behind {@code --experimental-detect-module}.
   */
  public boolean detectsModuleSyntax() {
    return atLeast(22, 7) || (major == 20 && minor >= 19);
  }

  /**
   * {@code require()} of synchronous ES modules works without a flag: 22.12.0 and 20.19.0 (23.0 had
   * it too).
   */
  public boolean requiresEsm() {
    return atLeast(22, 12) || (major == 20 && minor >= 19) || major == 23;
  }

  /** {@code import.meta.dirname} and {@code import.meta.filename} exist: 20.11 and 21.2 on. */
  public boolean hasImportMetaDirname() {
    return atLeast(21, 2) || (major == 20 && minor >= 11);
  }

  private boolean atLeast(int maj, int min) {
    return major > maj || (major == maj && minor >= min);
  }

  @Override
  public int compareTo(NodeVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
