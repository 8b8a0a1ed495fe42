package dev.asynclint.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynclint.core.finding.Diagnostic;
import java.util.Locale;

/**
 * Tool problems as SARIF: one {@code notificationDescriptor} per {@link Diagnostic.Kind} in {@code
 * tool.driver.notifications} (all kinds, in enum order, so indexes never move between runs), and
 * each diagnostic as a {@code toolExecutionNotification} of {@code invocations[0]}.
 */
final class NotificationNodes {
  private NotificationNodes() {}

  static ArrayNode descriptors() {
    ArrayNode out = SarifJson.array();
    for (Diagnostic.Kind kind : Diagnostic.Kind.values()) {
      ObjectNode d = out.addObject();
      d.put("id", kind.id());
      d.put("name", name(kind));
      // GitHub code scanning requires fullDescription and help of every descriptor (GH2012).
      d.set("shortDescription", SarifJson.text(description(kind)));
      d.set("fullDescription", SarifJson.text(description(kind)));
      d.set("help", SarifJson.text(help(kind)));
    }
    return out;
  }

  static ObjectNode of(Diagnostic diagnostic) {
    ObjectNode node = SarifJson.object();
    node.set(
        "descriptor",
        SarifJson.object()
            .put("id", diagnostic.kind().id())
            .put("index", diagnostic.kind().ordinal()));
    node.put("level", diagnostic.level().id());
    node.set("message", SarifJson.text(diagnostic.message()));
    if (!diagnostic.path().isEmpty()) {
      ObjectNode physical = SarifJson.object();
      physical.set("artifactLocation", ResultNodes.artifact(diagnostic.path()));
      if (diagnostic.line() > 0) {
        ObjectNode region = physical.putObject("region").put("startLine", diagnostic.line());
        if (diagnostic.column() > 0) {
          region.put("startColumn", diagnostic.column());
        }
      }
      node.putArray("locations").addObject().set("physicalLocation", physical);
    }
    return node;
  }

  /**
   * {@code parse-error} becomes {@code ParseError}: SARIF names are readable identifiers, and must
   * differ from the id even ignoring case (SARIF1001), hence {@code TypeResolution}.
   */
  static String name(Diagnostic.Kind kind) {
    if (kind == Diagnostic.Kind.RESOLUTION) {
      return "TypeResolution";
    }
    var out = new StringBuilder();
    for (String part : kind.id().split("-")) {
      out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return out.toString();
  }

  static String description(Diagnostic.Kind kind) {
    return switch (kind) {
      case PARSE_ERROR -> "A file could not be parsed; it was not analysed.";
      case NOT_UTF8 -> "A file is not valid UTF-8; it was not analysed.";
      case BINARY_FILE -> "A file looks binary; it was not analysed.";
      case FILE_TOO_LARGE -> "A file is larger than the configured limit; it was not analysed.";
      case IO_ERROR -> "A file could not be read; it was not analysed.";
      case RULE_CRASH -> "A rule failed with an internal error and reported nothing.";
      case CONFIG_ERROR -> "The configuration has a problem; a default was used instead.";
      case CLASSPATH_ENTRY -> "A classpath entry could not be used for type resolution.";
      case MODEL_ERROR -> "An API model file could not be used.";
      case PACKAGE_JSON -> "A package.json could not be read; module types near it may be wrong.";
      case JS_PARSER_UNAVAILABLE ->
          "The JavaScript parser is not available here; JS and TS files were not analysed.";
      case UNUSED_SUPPRESSION -> "A suppression matched no finding and can be removed.";
      case RESOLUTION -> "Types could not be resolved; findings may be missed.";
    };
  }

  /** What the user can do about it. */
  static String help(Diagnostic.Kind kind) {
    return switch (kind) {
      case PARSE_ERROR ->
          "Fix the syntax error, or exclude the file if it is not meant to compile (a template or"
              + " a test fixture).";
      case NOT_UTF8 -> "Save the file as UTF-8, or exclude it.";
      case BINARY_FILE, FILE_TOO_LARGE ->
          "Exclude the file, or raise the size limit if it is real source.";
      case IO_ERROR -> "Check that the file is readable by the user running asynclint.";
      case RULE_CRASH ->
          "This is a bug in asynclint: report it with the message. Other rules ran normally.";
      case CONFIG_ERROR -> "Correct asynclint.json or the option named in the message.";
      case CLASSPATH_ENTRY -> "Check the --classpath entry named in the message.";
      case MODEL_ERROR -> "Correct the model file named in the message.";
      case PACKAGE_JSON -> "Make the package.json valid JSON.";
      case JS_PARSER_UNAVAILABLE ->
          "Run asynclint on a platform the tree-sitter native library supports (Linux glibc,"
              + " macOS, Windows).";
      case UNUSED_SUPPRESSION -> "Remove the suppression comment or annotation.";
      case RESOLUTION ->
          "Pass the project's classpath (the Maven plugin does this) so library types resolve.";
    };
  }
}
