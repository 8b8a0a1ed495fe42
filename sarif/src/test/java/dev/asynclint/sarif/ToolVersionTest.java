package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AsynclintVersion;
import org.junit.jupiter.api.Test;

class ToolVersionTest {
  @Test
  void defaultsToTheBuildVersionWhichIsSemVer() {
    String version = SarifOptions.defaults().toolVersion();
    assertEquals(AsynclintVersion.get(), version);
    // tool.driver.semanticVersion must be SemVer 2.0; Maven versions like 0.1.0-SNAPSHOT are.
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"), version);
  }
}
