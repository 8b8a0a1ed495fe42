package dev.asynclint.core.js;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Severity;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the fields of a {@code package.json} that decide how Node loads the package's files. */
final class PackageJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PackageJsonReader() {}

  /**
   * Parses one package.json; a file that is not a JSON object becomes a {@code package-json}
   * diagnostic with the position of the problem and {@link PackageJsonFacts#malformed} facts.
   */
  static PackageJsonFacts read(
      String path, Path directory, String text, Consumer<Diagnostic> diagnostics) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      diagnostics.accept(
          new Diagnostic(
              Diagnostic.Kind.PACKAGE_JSON,
              Severity.ERROR,
              path,
              line,
              column,
              "package.json is not valid JSON ("
                  + e.getOriginalMessage()
                  + "); Node fails on it, and asynclint treats the files it governs as having no"
                  + " \"type\""));
      return PackageJsonFacts.malformed(path, directory);
    }
    if (root == null || !root.isObject()) {
      diagnostics.accept(
          new Diagnostic(
              Diagnostic.Kind.PACKAGE_JSON,
              Severity.ERROR,
              path,
              1,
              1,
              "package.json is not a JSON object; asynclint treats the files it governs as having"
                  + " no \"type\""));
      return PackageJsonFacts.malformed(path, directory);
    }
    JsonNode engines = root.path("engines");
    return new PackageJsonFacts(
        path,
        directory,
        true,
        text(root.get("name")),
        text(root.get("type")),
        text(root.get("main")),
        Optional.ofNullable(root.get("exports")).filter(n -> !n.isNull()),
        engines.isObject() ? text(engines.get("node")) : Optional.empty());
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
