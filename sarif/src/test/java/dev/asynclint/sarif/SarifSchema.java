package dev.asynclint.sarif;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The vendored OASIS SARIF 2.1.0 schema (src/test/resources/schema/README.md says where it comes
 * from), with format assertions on so that {@code uri} and {@code uri-reference} values are checked
 * too.
 */
final class SarifSchema {
  private SarifSchema() {}

  private static final Schema SCHEMA = load();

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in =
        SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("the vendored SARIF schema is missing");
      }
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Schema violations of {@code sarifJson}, each as "instance path: message"; empty when valid. */
  static List<String> violations(String sarifJson) {
    List<Error> errors = SCHEMA.validate(sarifJson, InputFormat.JSON);
    return errors.stream().map(Error::toString).sorted().toList();
  }
}
