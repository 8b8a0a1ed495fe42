package dev.asynclint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.RunStats;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReactorPathsTest {
  private static final Path ROOT = Path.of("/repo").toAbsolutePath();

  @Test
  void modulePrefixIsTheFolderBelowTheRoot() {
    assertEquals("core/", ReactorPaths.modulePrefix(ROOT.resolve("core"), ROOT));
    assertEquals("apps/web/", ReactorPaths.modulePrefix(ROOT.resolve("apps/web/."), ROOT));
    assertEquals("", ReactorPaths.modulePrefix(ROOT, ROOT));
    assertEquals("", ReactorPaths.modulePrefix(Path.of("/elsewhere/mod").toAbsolutePath(), ROOT));
  }

  @Test
  void aSourceRootBesideTheModuleEndsUpBelowTheRoot() {
    assertEquals("shared/src/A.java", ReactorPaths.join("web/", "../shared/src/A.java"));
    assertEquals("web/src/A.java", ReactorPaths.join("web/", "src/A.java"));
    assertEquals("../shared/A.java", ReactorPaths.join("", "../shared/A.java"));
  }

  @Test
  void rerootPrefixesEveryLocationButKeepsFingerprints() {
    var at = SourceLocation.at("src/A.java", 3, 5);
    var finding =
        new Finding(
            "BlockingCallOnEventLoop",
            Family.BLOCKING,
            Severity.ERROR,
            "blocks",
            at,
            List.of(new RelatedLocation(SourceLocation.at("src/A.java", 2, 1), "registered")),
            List.of(new FlowStep(SourceLocation.at("src/B.java", 9, 1), "B.run", "blocks")),
            "fp-1",
            List.of(new Suppression(Suppression.Kind.IN_SOURCE, at, "why")),
            Confirmation.NONE,
            BaselineState.NONE);
    var parse = Diagnostic.ofFile(Diagnostic.Kind.PARSE_ERROR, "src/C.java", "cannot parse");
    var global = new Diagnostic(Diagnostic.Kind.CONFIG_ERROR, Severity.WARNING, "", 0, 0, "x");
    var result =
        new AnalysisResult(
            ROOT.resolve("web"),
            List.of(),
            List.of(finding),
            List.of(parse, global),
            new RunStats(1, 1, Map.of(), 0),
            Map.of());

    AnalysisResult moved = ReactorPaths.reroot(result, "web/", ROOT);

    Finding f = moved.findings().get(0);
    assertEquals(ROOT, moved.baseDir());
    assertEquals("web/src/A.java", f.location().path());
    assertEquals(3, f.location().startLine());
    assertEquals("web/src/A.java", f.related().get(0).location().path());
    assertEquals("web/src/B.java", f.flow().get(0).location().path());
    assertEquals("web/src/A.java", f.suppressions().get(0).where().path());
    assertEquals("fp-1", f.fingerprint());
    assertEquals("web/src/C.java", moved.diagnostics().get(0).path());
    assertEquals("", moved.diagnostics().get(1).path());
    assertSame(result, ReactorPaths.reroot(result, "", ROOT));
  }
}
