package dev.asynclint.core.js;

/** What the JavaScript front end learned from one file: a module or a {@code package.json}. */
public sealed interface JsFileFacts permits JsModuleFacts, PackageJsonFacts {
  /** Root-relative path of the file. */
  String path();
}
