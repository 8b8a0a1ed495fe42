package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolVersionTest {
  @Test
  void isTheFilteredProjectVersion() {
    String version = ToolVersion.current();
    // semanticVersion must be SemVer 2.0; Maven versions like 0.1.0-SNAPSHOT are.
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"), version);
    assertTrue(SarifOptions.defaults().toolVersion().equals(version));
  }
}
