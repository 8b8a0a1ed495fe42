package dev.asynclint.core.js;

/** How a given Node version actually runs a file. */
public enum RunMode {
  /** As an ES module because its extension or package type says so. */
  ESM,
  /** As an ES module only because syntax detection found module syntax in a typeless file. */
  ESM_BY_DETECTION,
  /** As CommonJS. */
  COMMONJS;

  public boolean isEsm() {
    return this != COMMONJS;
  }
}
