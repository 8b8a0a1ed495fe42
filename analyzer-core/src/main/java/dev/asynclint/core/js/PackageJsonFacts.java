package dev.asynclint.core.js;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code package.json} as far as module loading cares.
 *
 * @param path root-relative path, or the absolute path for files outside the analysed tree
 * @param directory the folder it governs
 * @param valid false when it is not a JSON object; Node then cannot tell the files' type
 * @param name {@code "name"}
 * @param type {@code "type"} when it is a string
 * @param main {@code "main"} when it is a string
 * @param exports {@code "exports"}, as parsed JSON
 * @param enginesNode {@code "engines": {"node": …}}
 */
public record PackageJsonFacts(
    String path,
    Path directory,
    boolean valid,
    Optional<String> name,
    Optional<String> type,
    Optional<String> main,
    Optional<com.fasterxml.jackson.databind.JsonNode> exports,
    Optional<String> enginesNode)
    implements JsFileFacts {

  /** A package.json that could not be read as a JSON object. */
  static PackageJsonFacts malformed(String path, Path directory) {
    return new PackageJsonFacts(
        path,
        directory,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
