package dev.asynclint.core.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeTargetTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static PackageJsonFacts withEngines(String range) {
    return new PackageJsonFacts(
        "package.json",
        Path.of("/p"),
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(range));
  }

  @Test
  void optionWins() {
    NodeTarget t = NodeTarget.choose(Optional.of("20.18"), Optional.of(withEngines(">=22")), TODAY);
    assertEquals("20.18.0 (--node-version)", t.describe());
  }

  @Test
  void enginesGiveTheLowestAdmittedVersion() {
    NodeTarget t =
        NodeTarget.choose(Optional.empty(), Optional.of(withEngines("^20.18.0 || >=22")), TODAY);
    assertEquals(new NodeVersion(20, 18, 0), t.version());
    assertTrue(t.source().contains("engines.node"), t.source());
  }

  @Test
  void defaultIsTheOldestMaintainedLts() {
    // Node 20 reached end of life on 2026-04-30: on 2026-11-26 the oldest maintained LTS is 22.
    assertEquals(
        new NodeVersion(22, 12, 0),
        NodeTarget.choose(Optional.empty(), Optional.empty(), TODAY).version());
    assertEquals(
        new NodeVersion(20, 19, 0),
        NodeTarget.oldestMaintainedLts(LocalDate.of(2026, 4, 29)).version());
    assertEquals(
        new NodeVersion(24, 0, 0),
        NodeTarget.oldestMaintainedLts(LocalDate.of(2027, 5, 1)).version());
  }

  @Test
  void featuresFollowTheMeasuredMatrix() {
    // spec/esm-matrix: detection and require(esm) on 20.20.2 and 22.12.0, not on 20.18.3/22.6.0.
    NodeVersion v18 = NodeVersion.parse("18.20.8").orElseThrow();
    NodeVersion v2018 = NodeVersion.parse("20.18.3").orElseThrow();
    NodeVersion v2020 = NodeVersion.parse("20.20.2").orElseThrow();
    NodeVersion v226 = NodeVersion.parse("22.6.0").orElseThrow();
    NodeVersion v227 = NodeVersion.parse("22.7.0").orElseThrow();
    NodeVersion v2212 = NodeVersion.parse("v22.12.0").orElseThrow();
    assertFalse(v18.detectsModuleSyntax() || v18.requiresEsm());
    assertFalse(v2018.detectsModuleSyntax() || v2018.requiresEsm());
    assertTrue(v2020.detectsModuleSyntax() && v2020.requiresEsm());
    assertFalse(v226.detectsModuleSyntax() || v226.requiresEsm());
    assertTrue(v227.detectsModuleSyntax());
    assertFalse(v227.requiresEsm());
    assertTrue(v2212.detectsModuleSyntax() && v2212.requiresEsm());
  }
}
