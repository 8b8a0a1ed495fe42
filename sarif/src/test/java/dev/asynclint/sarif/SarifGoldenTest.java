package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden SARIF logs, one per shape of output. Each produced log and each golden file must be valid
 * against the OASIS schema, and the produced bytes must equal the golden file. To accept a change
 * on purpose: {@code mvn -pl sarif test -Dasynclint.updateGolden=true}, then review the diff.
 */
class SarifGoldenTest {
  /** Stands in for the real version so the files do not change with every release. */
  static final String NORMALISED_VERSION = "0.0.0-golden";

  static final Path GOLDEN_DIR = Path.of("src/test/resources/dev/asynclint/sarif/golden");

  static Stream<Arguments> cases() {
    return Stream.of(
        golden("clean", SampleResults::clean, options()),
        golden("several-rules", SampleResults::severalRules, options()),
        golden("chain", SampleResults::chain, options()),
        golden("suppressed-left-out", SampleResults::suppressed, options()),
        golden(
            "suppressed-included",
            SampleResults::suppressed,
            options().withIncludeSuppressed(true)),
        golden("parse-error", SampleResults::parseError, options()),
        golden(
            "rule-crash",
            SampleResults::ruleCrash,
            options().withAutomationId("asynclint/module-a/")));
  }

  static SarifOptions options() {
    return new SarifOptions(NORMALISED_VERSION, false, Optional.empty());
  }

  private static Arguments golden(
      String name, Supplier<AnalysisResult> result, SarifOptions options) {
    return Arguments.of(name, result, options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFileAndSchema(
      String name, Supplier<AnalysisResult> result, SarifOptions options) throws IOException {
    String produced = new SarifWriter(options).toJson(result.get());
    assertEquals(java.util.List.of(), SarifSchema.violations(produced), "schema violations");

    Path file = GOLDEN_DIR.resolve(name + ".sarif");
    if (Boolean.getBoolean("asynclint.updateGolden")) {
      Files.writeString(file, produced, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(file),
        "missing golden file " + file + "; run with -Dasynclint.updateGolden=true");
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(java.util.List.of(), SarifSchema.violations(expected), "golden file " + file);
    assertEquals(expected, produced, "output differs from " + file);
  }
}
