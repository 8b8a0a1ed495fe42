package dev.asynclint.maven;

/**
 * The SARIF {@code automationDetails.id} of a module. GitHub code scanning keeps one analysis per
 * category and takes as category the id up to its last {@code /}; distinct ids per module let the
 * logs of a multi-module build be uploaded together without replacing each other.
 */
final class SarifCategories {
  private SarifCategories() {}

  /**
   * {@code asynclint/<module path>/} for a module below the reactor root, {@code asynclint/} for
   * the root itself, {@code asynclint/<artifactId>/} for a module outside the root.
   *
   * @param modulePrefix the module's folder relative to the root, ending in {@code /}, or empty
   * @param artifactId used when the module lies outside the root
   * @param isRoot whether the module is the reactor root
   */
  static String of(String modulePrefix, String artifactId, boolean isRoot) {
    if (!modulePrefix.isEmpty()) {
      return "asynclint/" + modulePrefix;
    }
    return isRoot ? "asynclint/" : "asynclint/" + artifactId + "/";
  }
}
