package dev.asynclint.core.source;

/** The kinds of files discovery hands to front ends. */
public enum Language {
  JAVA,
  JAVASCRIPT,
  TYPESCRIPT,
  PACKAGE_JSON
}
