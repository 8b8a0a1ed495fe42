package dev.asynclint.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * What the invoker verify scripts ask of a SARIF log the plugin wrote (they get this class through
 * {@code addTestClassPath}): schema violations against the vendored OASIS 2.1.0 schema, with format
 * assertions on, and the fields the scripts compare.
 */
public final class SarifCheck {
  private SarifCheck() {}

  private static final Schema SCHEMA = load();

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifCheck.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("the vendored SARIF schema is missing");
      }
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Schema violations of the log in {@code file}, each "instance path: message". */
  public static List<String> violations(File file) throws IOException {
    List<Error> errors =
        SCHEMA.validate(Files.readString(file.toPath(), StandardCharsets.UTF_8), InputFormat.JSON);
    return errors.stream().map(Error::toString).sorted().toList();
  }

  /** The only run of the log. */
  public static JsonNode run(File file) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(file).path("runs");
    if (runs.size() != 1) {
      throw new IllegalStateException(file + " holds " + runs.size() + " runs, not 1");
    }
    return runs.get(0);
  }

  /** Each result as "ruleId uri:line:column", in the log's order. */
  public static List<String> results(File file) throws IOException {
    var out = new ArrayList<String>();
    for (JsonNode r : run(file).path("results")) {
      JsonNode loc = r.path("locations").path(0).path("physicalLocation");
      out.add(
          r.path("ruleId").asText()
              + " "
              + loc.path("artifactLocation").path("uri").asText()
              + ":"
              + loc.path("region").path("startLine").asInt()
              + ":"
              + loc.path("region").path("startColumn").asInt());
    }
    return out;
  }

  /** Each tool execution notification as "uri: text". */
  public static List<String> notifications(File file) throws IOException {
    var out = new ArrayList<String>();
    for (JsonNode n : run(file).path("invocations").path(0).path("toolExecutionNotifications")) {
      out.add(
          n.path("locations")
                  .path(0)
                  .path("physicalLocation")
                  .path("artifactLocation")
                  .path("uri")
                  .asText()
              + ": "
              + n.path("message").path("text").asText());
    }
    return out;
  }

  /** {@code automationDetails.id} of the run, or empty. */
  public static String automationId(File file) throws IOException {
    return run(file).path("automationDetails").path("id").asText("");
  }
}
