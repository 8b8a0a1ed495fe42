package dev.asynclint.sarif;

import dev.asynclint.core.engine.AsynclintVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link SarifWriter} shapes a log.
 *
 * @param toolVersion {@code tool.driver.version} and {@code semanticVersion}; tests pass a fixed
 *     string so golden files do not change with every release
 * @param includeSuppressed write suppressed findings too, each with its {@code suppressions}
 *     (GitHub then shows them as dismissed); by default they are left out
 * @param automationId {@code run.automationDetails.id}, e.g. {@code asynclint/my-module/}: GitHub
 *     code scanning uses the part up to the last {@code /} as the run's category, so per-module
 *     uploads of one commit do not replace each other
 */
public record SarifOptions(
    String toolVersion, boolean includeSuppressed, Optional<String> automationId) {

  public SarifOptions {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(automationId, "automationId");
    if (toolVersion.isBlank()) {
      throw new IllegalArgumentException("toolVersion must not be blank");
    }
  }

  /** This build's version, suppressed findings left out, no automation id. */
  public static SarifOptions defaults() {
    return new SarifOptions(AsynclintVersion.get(), false, Optional.empty());
  }

  public SarifOptions withToolVersion(String version) {
    return new SarifOptions(version, includeSuppressed, automationId);
  }

  public SarifOptions withIncludeSuppressed(boolean include) {
    return new SarifOptions(toolVersion, include, automationId);
  }

  public SarifOptions withAutomationId(String id) {
    return new SarifOptions(toolVersion, includeSuppressed, Optional.of(id));
  }
}
