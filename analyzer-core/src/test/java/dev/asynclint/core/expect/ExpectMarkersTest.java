package dev.asynclint.core.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ExpectMarkers}: the inline-marker oracle every rule test relies on. */
class ExpectMarkersTest {
  private static final String PATH = "src/App.java";
  private static final Set<String> CHECKED = Set.of("RuleA", "RuleB");
  private static final Set<Diagnostic.Kind> NONE_ALLOWED = Set.of();

  private static Finding finding(String ruleId, int line, String message) {
    return new Finding(
        ruleId,
        Family.BLOCKING,
        Severity.ERROR,
        message,
        new SourceLocation(PATH, line, 5, line, 20),
        List.of(),
        List.of(),
        "fp-" + ruleId + line,
        List.of(),
        Confirmation.NONE,
        BaselineState.NONE);
  }

  private static ExpectMarker marker(int line, String ruleId) {
    return new ExpectMarker(PATH, line, ruleId, Optional.empty());
  }

  private static List<String> mismatches(List<ExpectMarker> markers, List<Finding> findings) {
    return ExpectMarkers.mismatches(markers, findings, List.of(), CHECKED, NONE_ALLOWED);
  }

  // ---- parse

  @Test
  void parsesOneRuleOnItsLine() {
    String text = "class A {\n  void f() {\n    Thread.sleep(1); // expect: RuleA\n  }\n}\n";
    assertEquals(List.of(marker(3, "RuleA")), ExpectMarkers.parse(PATH, text));
  }

  @Test
  void parsesAQuotedMessagePart() {
    List<ExpectMarker> markers =
        ExpectMarkers.parse(PATH, "x(); // expect: RuleA \"blocks the event loop\"");
    assertEquals(
        List.of(new ExpectMarker(PATH, 1, "RuleA", Optional.of("blocks the event loop"))), markers);
    assertEquals(
        "src/App.java:1: expect RuleA \"blocks the event loop\"", markers.get(0).toString());
  }

  @Test
  void parsesTwoMarkersOnOneLine() {
    assertEquals(
        List.of(
            new ExpectMarker(PATH, 2, "RuleA", Optional.of("sleep, then wait")),
            new ExpectMarker(PATH, 2, "RuleB", Optional.empty())),
        ExpectMarkers.parse(PATH, "\nx(); // expect: RuleA \"sleep, then wait\", RuleB\n"));
    assertEquals(
        List.of(marker(1, "RuleA"), marker(1, "RuleB")),
        ExpectMarkers.parse(PATH, "x(); //expect:RuleA,RuleB"));
  }

  @Test
  void parsesMarkersOnTheirOwnLinesAndCrLfFiles() {
    assertEquals(
        List.of(marker(1, "RuleA"), marker(3, "RuleB")),
        ExpectMarkers.parse(PATH, "a(); // expect: RuleA\r\nb();\r\nc(); // expect: RuleB\r\n"));
  }

  @Test
  void knownMissesAndOtherCommentsAreNotMarkers() {
    String text =
        "a(); // fn: RuleA the chain goes through reflection\n"
            + "b(); // expected: RuleA\n"
            + "c(); // expect: lowercase\n"
            + "d(); /* expect: RuleA */ // nothing\n";
    assertEquals(List.of(), ExpectMarkers.parse(PATH, text));
  }

  // ---- mismatches

  @Test
  void exactMatchIsNoMismatch() {
    assertEquals(
        List.of(),
        mismatches(
            List.of(marker(3, "RuleA"), marker(7, "RuleB")),
            List.of(finding("RuleA", 3, "m"), finding("RuleB", 7, "m"))));
  }

  @Test
  void findingWithoutMarkerIsUnexpected() {
    List<String> problems = mismatches(List.of(), List.of(finding("RuleA", 3, "blocks")));
    assertEquals(List.of("unexpected finding src/App.java:3:5: RuleA blocks"), problems);
  }

  @Test
  void markerWithoutFindingIsMissing() {
    List<String> problems = mismatches(List.of(marker(4, "RuleB")), List.of());
    assertEquals(List.of("missing finding src/App.java:4: expect RuleB"), problems);
  }

  @Test
  void findingOnAnotherLineOrOfAnotherRuleOrFileIsBothUnexpectedAndMissing() {
    assertEquals(
        2, mismatches(List.of(marker(4, "RuleA")), List.of(finding("RuleA", 5, "m"))).size());
    assertEquals(
        2, mismatches(List.of(marker(4, "RuleA")), List.of(finding("RuleB", 4, "m"))).size());
    var elsewhere = new ExpectMarker("src/Other.java", 4, "RuleA", Optional.empty());
    assertEquals(2, mismatches(List.of(elsewhere), List.of(finding("RuleA", 4, "m"))).size());
  }

  @Test
  void messagePartMustBeContainedInTheMessage() {
    var marker = new ExpectMarker(PATH, 3, "RuleA", Optional.of("Thread.sleep"));
    assertEquals(
        List.of(), mismatches(List.of(marker), List.of(finding("RuleA", 3, "calls Thread.sleep"))));
    List<String> problems = mismatches(List.of(marker), List.of(finding("RuleA", 3, "calls wait")));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("unexpected finding src/App.java:3:5: RuleA"));
    assertEquals("missing finding src/App.java:3: expect RuleA \"Thread.sleep\"", problems.get(1));
  }

  @Test
  void eachMarkerIsMetByOneFinding() {
    var two = List.of(finding("RuleA", 3, "first"), finding("RuleA", 3, "second"));
    assertEquals(1, mismatches(List.of(marker(3, "RuleA")), two).size());
    assertEquals(List.of(), mismatches(List.of(marker(3, "RuleA"), marker(3, "RuleA")), two));
    assertEquals(
        List.of("missing finding src/App.java:3: expect RuleA"),
        mismatches(List.of(marker(3, "RuleA"), marker(3, "RuleA")), two.subList(0, 1)));
  }

  @Test
  void matchingDoesNotDependOnTheOrderOfMarkers() {
    // Both findings are on line 3; only the second marker insists on a message part.
    var findings = List.of(finding("RuleA", 3, "calls Thread.sleep"), finding("RuleA", 3, "waits"));
    var plain = marker(3, "RuleA");
    var sleep = new ExpectMarker(PATH, 3, "RuleA", Optional.of("Thread.sleep"));
    assertEquals(List.of(), mismatches(List.of(sleep, plain), findings));
    assertEquals(List.of(), mismatches(List.of(plain, sleep), findings));
    assertEquals(
        List.of(),
        mismatches(
            ExpectMarkers.parse(PATH, "\n\nx(); // expect: RuleA, RuleA \"Thread.sleep\""),
            findings));
  }

  @Test
  void matchingFindsAnAssignmentWheneverOneExists() {
    var findings = List.of(finding("RuleA", 3, "ab"), finding("RuleA", 3, "ac"));
    var a = new ExpectMarker(PATH, 3, "RuleA", Optional.of("a"));
    var c = new ExpectMarker(PATH, 3, "RuleA", Optional.of("c"));
    assertEquals(List.of(), mismatches(List.of(a, c), findings));
    assertEquals(List.of(), mismatches(List.of(c, a), findings));
    var b = new ExpectMarker(PATH, 3, "RuleA", Optional.of("b"));
    assertEquals(List.of(), mismatches(List.of(a, b), findings));
    List<String> oneLeft = mismatches(List.of(b, c, a), findings);
    assertEquals(1, oneLeft.size(), oneLeft.toString());
    assertTrue(oneLeft.get(0).startsWith("missing finding"), oneLeft.toString());
  }

  @Test
  void suppressedFindingsNeedNoMarker() {
    Finding suppressed =
        finding("RuleA", 3, "m")
            .withSuppressions(
                List.of(
                    new Suppression(
                        Suppression.Kind.IN_SOURCE, SourceLocation.at(PATH, 2, 1), "reason")));
    assertEquals(List.of(), mismatches(List.of(), List.of(suppressed)));
    assertEquals(1, mismatches(List.of(marker(3, "RuleA")), List.of(suppressed)).size());
  }

  @Test
  void rulesOutsideTheCheckedSetAreIgnored() {
    assertEquals(
        List.of(),
        mismatches(List.of(marker(3, "RuleC")), List.of(finding("RuleD", 9, "not this test's"))));
  }

  @Test
  void errorDiagnosticsAreMismatchesUnlessAllowed() {
    var parse =
        new Diagnostic(
            Diagnostic.Kind.PARSE_ERROR, Severity.ERROR, "src/Bad.java", 3, 7, "cannot parse");
    var note =
        new Diagnostic(
            Diagnostic.Kind.UNUSED_SUPPRESSION, Severity.NOTE, PATH, 2, 5, "unused suppression");
    assertEquals(
        List.of("unexpected diagnostic src/Bad.java:3: parse-error cannot parse"),
        ExpectMarkers.mismatches(
            List.of(), List.of(), List.of(parse, note), CHECKED, NONE_ALLOWED));
    assertEquals(
        List.of(),
        ExpectMarkers.mismatches(
            List.of(),
            List.of(),
            List.of(parse, note),
            CHECKED,
            Set.of(Diagnostic.Kind.PARSE_ERROR)));
  }

  @Test
  void parsedMarkersMeetFindingsEndToEnd() {
    String text = "a();\nb(); // expect: RuleA \"sleep\", RuleB\nc(); // fn: RuleA known miss\n";
    List<ExpectMarker> markers = ExpectMarkers.parse(PATH, text);
    assertEquals(
        List.of(),
        mismatches(
            markers, List.of(finding("RuleA", 2, "Thread.sleep"), finding("RuleB", 2, "x"))));
    assertEquals(
        List.of("missing finding src/App.java:2: expect RuleB"),
        mismatches(markers, List.of(finding("RuleA", 2, "Thread.sleep"))));
  }
}
