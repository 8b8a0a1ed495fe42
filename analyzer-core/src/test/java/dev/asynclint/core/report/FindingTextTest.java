package dev.asynclint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingTextTest {
  @TempDir Path root;

  @Test
  void headlineFrameChainAndRelatedLikeTheCli() throws IOException {
    Files.createDirectories(root.resolve("web/src"));
    Files.writeString(root.resolve("web/src/A.java"), "class A {\n  void f() { sleep(); }\n}\n");
    var finding =
        new Finding(
            "BlockingCallOnEventLoop",
            Family.BLOCKING,
            Severity.ERROR,
            "Blocking sleep on the event loop.",
            new SourceLocation("web/src/A.java", 2, 14, 2, 20),
            List.of(
                new RelatedLocation(SourceLocation.at("web/src/A.java", 1, 1), "registered here")),
            List.of(
                new FlowStep(SourceLocation.at("web/src/A.java", 2, 3), "A.f", "runs on the loop"),
                new FlowStep(SourceLocation.at("web/src/A.java", 2, 14), "sleep", "blocks")),
            "fp",
            List.of(),
            Confirmation.NONE,
            BaselineState.NONE);

    assertEquals(
        List.of(
            "web/src/A.java:2:14: error BlockingCallOnEventLoop Blocking sleep on the event loop.",
            "  2 |   void f() { sleep(); }",
            "    |              ^~~~~~",
            "    chain:",
            "      web/src/A.java:2:3  runs on the loop",
            "      web/src/A.java:2:14  blocks",
            "    see web/src/A.java:1:1: registered here"),
        new FindingText(root).lines(finding));
  }

  @Test
  void aFindingInAFileThatCannotBeReadHasNoFrame() {
    var finding =
        new Finding(
            "BlockingCallOnEventLoop",
            Family.BLOCKING,
            Severity.WARNING,
            "m",
            SourceLocation.at("gone/A.java", 1, 1),
            List.of(),
            List.of(),
            "fp",
            List.of(),
            Confirmation.NONE,
            BaselineState.NONE);
    assertEquals(
        List.of("gone/A.java:1:1: warning BlockingCallOnEventLoop m"),
        new FindingText(root).lines(finding));
  }

  @Test
  void diagnosticsWithAndWithoutPosition() {
    assertEquals(
        "web/src/B.java:4:12: error [parse-error] cannot parse",
        FindingText.line(
            new Diagnostic(
                Diagnostic.Kind.PARSE_ERROR,
                Severity.ERROR,
                "web/src/B.java",
                4,
                12,
                "cannot parse")));
    assertEquals(
        "asynclint: warning [classpath-entry] skipped",
        FindingText.line(
            new Diagnostic(
                Diagnostic.Kind.CLASSPATH_ENTRY, Severity.WARNING, "", 0, 0, "skipped")));
  }
}
