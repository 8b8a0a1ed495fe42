package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.rule.RuleDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SarifWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode run(AnalysisResult result, SarifOptions options) throws IOException {
    String text = new SarifWriter(options).toJson(result);
    assertEquals(List.of(), SarifSchema.violations(text));
    return JSON.readTree(text).path("runs").path(0);
  }

  private static JsonNode run(AnalysisResult result) throws IOException {
    return run(result, SarifGoldenTest.options());
  }

  @Test
  void driverIsStableAndVersioned() throws IOException {
    JsonNode driver =
        run(SampleResults.clean(), SarifGoldenTest.options().withToolVersion("1.4.2"))
            .path("tool")
            .path("driver");
    assertEquals("asynclint", driver.path("name").asText());
    assertEquals("1.4.2", driver.path("version").asText());
    assertEquals("1.4.2", driver.path("semanticVersion").asText());
    assertEquals("https://github.com/asynclint/asynclint", driver.path("informationUri").asText());
  }

  @Test
  void cleanRunHasEmptyResultsAndSucceeds() throws IOException {
    JsonNode run = run(SampleResults.clean());
    assertTrue(run.path("results").isArray());
    assertEquals(0, run.path("results").size());
    assertTrue(run.path("invocations").path(0).path("executionSuccessful").asBoolean());
    assertFalse(run.path("invocations").path(0).has("toolExecutionNotifications"));
    assertEquals("utf16CodeUnits", run.path("columnKind").asText());
  }

  @Test
  void rulesAreSortedAndCarryGitHubMetadata() throws IOException {
    JsonNode rules = run(SampleResults.clean()).path("tool").path("driver").path("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertEquals(
        List.of("BlockingCallOnEventLoop", "RecursiveTickStarvation", "WriteIgnoresBackpressure"),
        ids);

    JsonNode blocking = rules.path(0);
    assertEquals("BlockingCallOnEventLoop", blocking.path("name").asText());
    assertEquals(
        "A blocking call runs on an event-loop thread.",
        blocking.path("shortDescription").path("text").asText());
    assertTrue(
        blocking
            .path("fullDescription")
            .path("text")
            .asText()
            .startsWith("A call that blocks the thread (sleep, a lock, Future.get, JDBC"),
        blocking.path("fullDescription").toString());
    assertEquals(SampleResults.BLOCKING_DOC, blocking.path("help").path("markdown").asText());
    String helpText = blocking.path("help").path("text").asText();
    assertFalse(helpText.contains("```"), helpText);
    assertFalse(helpText.contains("**"), helpText);
    assertTrue(helpText.contains("    vertx.setTimer(10, id -> {"), helpText);
    assertEquals(
        "https://github.com/asynclint/asynclint/blob/main/rules/src/main/resources/dev/asynclint/rules/docs/BlockingCallOnEventLoop.md",
        blocking.path("helpUri").asText());
    assertEquals("error", blocking.path("defaultConfiguration").path("level").asText());
    JsonNode props = blocking.path("properties");
    assertEquals("[\"blocking\",\"reliability\",\"performance\"]", props.path("tags").toString());
    assertEquals("high", props.path("precision").asText());
    assertEquals("error", props.path("problem.severity").asText());
    assertFalse(props.has("security-severity"));
  }

  @Test
  void ruleWithoutDocFallsBackToSummaryAndNoteIsRecommendation() throws IOException {
    JsonNode ticks = run(SampleResults.clean()).path("tool").path("driver").path("rules").path(1);
    String summary = SampleResults.TICKS.summary();
    assertEquals(summary, ticks.path("fullDescription").path("text").asText());
    assertEquals(summary, ticks.path("help").path("text").asText());
    assertEquals(summary, ticks.path("help").path("markdown").asText());
    assertEquals("note", ticks.path("defaultConfiguration").path("level").asText());
    assertEquals("recommendation", ticks.path("properties").path("problem.severity").asText());
  }

  @Test
  void tagsStartWithTheFamilyAndStopAtTen() throws IOException {
    var tags = new ArrayList<String>();
    for (int i = 0; i < 12; i++) {
      tags.add("tag" + i);
    }
    tags.add(0, "starvation"); // the family again must not be duplicated
    var rule =
        new RuleDescriptor(
            "ManyTags", Family.STARVATION, Severity.WARNING, Precision.LOW, "s", tags, "doc");
    AnalysisResult result =
        new AnalysisResult(
            SampleResults.clean().baseDir(),
            List.of(rule),
            List.of(),
            List.of(),
            SampleResults.clean().stats(),
            java.util.Map.of());
    JsonNode written =
        run(result)
            .path("tool")
            .path("driver")
            .path("rules")
            .path(0)
            .path("properties")
            .path("tags");
    assertEquals(10, written.size());
    assertEquals("starvation", written.path(0).asText());
    assertEquals("tag0", written.path(1).asText());
  }

  @Test
  void resultPointsAtItsRuleWithOneRelativeLocation() throws IOException {
    JsonNode run = run(SampleResults.severalRules());
    JsonNode rules = run.path("tool").path("driver").path("rules");
    JsonNode results = run.path("results");
    assertEquals(3, results.size());
    for (JsonNode r : results) {
      int index = r.path("ruleIndex").asInt(-1);
      assertEquals(r.path("ruleId").asText(), rules.path(index).path("id").asText());
      assertEquals(1, r.path("locations").size());
      JsonNode artifact =
          r.path("locations").path(0).path("physicalLocation").path("artifactLocation");
      assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
      assertTrue(artifact.path("uri").asText().startsWith("src/main/java/app/"));
      assertFalse(r.path("message").path("text").asText().isBlank());
      assertEquals(32, r.path("partialFingerprints").path("asynclint/v1").asText().length());
    }
    // Finding.ORDER: by path first.
    assertEquals(
        "src/main/java/app/Pump.java",
        results.path(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("warning", results.path(0).path("level").asText());
  }

  @Test
  void regionEndColumnIsExclusiveAsSarifDefinesIt() throws IOException {
    // Ours and SARIF's end column are both the one after the last character: copied as is.
    JsonNode region =
        run(SampleResults.severalRules())
            .path("results")
            .path(0)
            .at("/locations/0/physicalLocation/region");
    assertEquals(31, region.path("startLine").asInt());
    assertEquals(7, region.path("startColumn").asInt());
    assertEquals(31, region.path("endLine").asInt());
    assertEquals(30, region.path("endColumn").asInt());
  }

  @Test
  void emptyRegionIsWidenedToOneCharacter() throws IOException {
    var point = dev.asynclint.core.finding.SourceLocation.at("A.java", 3, 5);
    var f = SampleResults.severalRules().findings().get(0);
    var moved =
        new dev.asynclint.core.finding.Finding(
            f.ruleId(),
            f.family(),
            f.severity(),
            f.message(),
            point,
            f.related(),
            f.flow(),
            f.fingerprint(),
            f.suppressions(),
            f.confirmation(),
            f.baselineState());
    var base = SampleResults.severalRules();
    var result =
        new dev.asynclint.core.engine.AnalysisResult(
            base.baseDir(),
            base.rules(),
            java.util.List.of(moved),
            base.diagnostics(),
            base.stats(),
            base.notes());
    JsonNode region =
        run(result).path("results").path(0).at("/locations/0/physicalLocation/region");
    assertEquals(5, region.path("startColumn").asInt());
    assertEquals(6, region.path("endColumn").asInt());
  }

  @Test
  void chainBecomesOneCodeFlowInOrderWithRelatedLocations() throws IOException {
    JsonNode result = run(SampleResults.chain()).path("results").path(0);
    JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
    assertEquals(3, steps.size());
    assertEquals(
        "Routes.lambda$start$0 -> UserDao.load -> Statement.executeQuery",
        result.at("/codeFlows/0/message/text").asText());
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, steps.path(i).path("executionOrder").asInt());
    }
    assertEquals(
        "Statement.executeQuery: JDBC query blocks",
        steps.path(2).at("/location/message/text").asText());
    assertEquals(57, steps.path(2).at("/location/physicalLocation/region/startLine").asInt());
    JsonNode related = result.path("relatedLocations");
    assertEquals(1, related.size());
    assertEquals(1, related.path(0).path("id").asInt());
    assertEquals("the handler is registered here", related.at("/0/message/text").asText());
  }

  @Test
  void suppressedFindingsAreLeftOutUnlessAsked() throws IOException {
    JsonNode byDefault = run(SampleResults.suppressed()).path("results");
    assertEquals(1, byDefault.size());
    assertFalse(byDefault.path(0).has("suppressions"));

    JsonNode all =
        run(SampleResults.suppressed(), SarifGoldenTest.options().withIncludeSuppressed(true))
            .path("results");
    assertEquals(2, all.size());
    JsonNode suppression = all.path(0).path("suppressions").path(0);
    assertEquals("inSource", suppression.path("kind").asText());
    assertEquals("accepted", suppression.path("status").asText());
    assertEquals(
        "runs once at start-up, before traffic", suppression.path("justification").asText());
    assertEquals(11, suppression.at("/location/physicalLocation/region/startLine").asInt());
    assertFalse(all.path(1).has("suppressions"));
  }

  @Test
  void diagnosticsBecomeNotificationsAndTheRunStillSucceeds() throws IOException {
    JsonNode run = run(SampleResults.parseError());
    JsonNode invocation = run.path("invocations").path(0);
    assertTrue(invocation.path("executionSuccessful").asBoolean());
    JsonNode n = invocation.path("toolExecutionNotifications").path(0);
    assertEquals("error", n.path("level").asText());
    assertEquals("parse-error", n.at("/descriptor/id").asText());
    JsonNode descriptor =
        run.path("tool")
            .path("driver")
            .path("notifications")
            .path(n.at("/descriptor/index").asInt());
    assertEquals("parse-error", descriptor.path("id").asText());
    assertEquals("ParseError", descriptor.path("name").asText());
    assertEquals(
        "src/main/java/app/Broken.java",
        n.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(7, n.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(18, n.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(0, run.path("results").size());
  }

  @Test
  void ruleCrashHasNoLocationAndEveryKindHasADescriptor() throws IOException {
    JsonNode run = run(SampleResults.ruleCrash());
    JsonNode n = run.at("/invocations/0/toolExecutionNotifications/0");
    assertEquals("rule-crash", n.at("/descriptor/id").asText());
    assertFalse(n.has("locations"));
    assertTrue(n.at("/message/text").asText().contains("BlockingCallOnEventLoop"));
    JsonNode descriptors = run.path("tool").path("driver").path("notifications");
    assertEquals(Diagnostic.Kind.values().length, descriptors.size());
    for (Diagnostic.Kind kind : Diagnostic.Kind.values()) {
      assertEquals(kind.id(), descriptors.path(kind.ordinal()).path("id").asText());
      assertFalse(descriptors.path(kind.ordinal()).at("/shortDescription/text").asText().isBlank());
    }
    assertEquals(1, run.path("results").size());
  }

  @Test
  void automationIdIsWrittenOnlyWhenGiven() throws IOException {
    assertFalse(run(SampleResults.clean()).has("automationDetails"));
    JsonNode run =
        run(SampleResults.clean(), SarifGoldenTest.options().withAutomationId("asynclint/core/"));
    assertEquals("asynclint/core/", run.at("/automationDetails/id").asText());
  }

  @Test
  void baselineStateAndConfirmationAreCarried() throws IOException {
    AnalysisResult base = SampleResults.severalRules();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : base.findings()) {
      String file = f.location().path();
      if (file.endsWith("Pump.java")) {
        findings.add(f.withBaselineState(BaselineState.UNCHANGED));
      } else if (file.endsWith("Server.java")) {
        findings.add(
            f.withBaselineState(BaselineState.NEW)
                .withConfirmation(
                    new Confirmation(
                        Confirmation.Status.CONFIRMED,
                        List.of("blocking-call on vert.x-eventloop-thread-0 for 12 ms"))));
      } else {
        findings.add(f);
      }
    }
    JsonNode results = run(SampleResults.result(findings, List.of())).path("results");
    // Results are in Finding.ORDER: Pump.java, Server.java, Ticker.java.
    assertEquals("warning", results.path(0).path("level").asText());
    assertEquals("unchanged", results.path(0).path("baselineState").asText());
    assertEquals("new", results.path(1).path("baselineState").asText());
    assertEquals("confirmed", results.path(1).at("/properties/confirmation/status").asText());
    assertEquals(
        "blocking-call on vert.x-eventloop-thread-0 for 12 ms",
        results.path(1).at("/properties/confirmation/evidence/0").asText());
    assertFalse(results.path(2).has("baselineState"));
    assertFalse(results.path(2).has("properties"));
  }

  @Test
  void outputIsByteIdenticalWhateverTheInputOrder() {
    AnalysisResult base = SampleResults.severalRules();
    var diagnostics = new ArrayList<>(SampleResults.parseError().diagnostics());
    diagnostics.addAll(SampleResults.ruleCrash().diagnostics());
    String expected =
        new SarifWriter(SarifGoldenTest.options())
            .toJson(SampleResults.result(base.findings(), diagnostics));
    var random = new Random(42);
    for (int i = 0; i < 20; i++) {
      var findings = new ArrayList<>(base.findings());
      Collections.shuffle(findings, random);
      var shuffledDiagnostics = new ArrayList<>(diagnostics);
      Collections.shuffle(shuffledDiagnostics, random);
      var rules = new ArrayList<>(base.rules());
      Collections.shuffle(rules, random);
      var shuffled =
          new AnalysisResult(
              base.baseDir(), rules, findings, shuffledDiagnostics, base.stats(), base.notes());
      assertEquals(expected, new SarifWriter(SarifGoldenTest.options()).toJson(shuffled));
    }
  }

  @Test
  void linesEndWithLfAndNothingMachineSpecificLeaks() throws IOException {
    var bytes = new ByteArrayOutputStream();
    new SarifWriter(SarifGoldenTest.options()).write(SampleResults.chain(), bytes);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.contains("/home/someone"), "the base directory must not be written");
    assertFalse(text.contains("1234"), "elapsed time must not be written");
  }

  @Test
  void pathsArePercentEncodedRelativeUris() throws IOException {
    Finding f =
        SampleResults.finding(
            SampleResults.BLOCKING,
            Severity.ERROR,
            "m",
            SourceLocation.at("src/my app/Größe#1.java", 3, 1),
            "ffffffffffffffffffffffffffffffff");
    JsonNode artifact =
        run(SampleResults.result(List.of(f), List.of()))
            .at("/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("src/my%20app/Gr%C3%B6%C3%9Fe%231.java", artifact.path("uri").asText());
  }

  @Test
  void aFileOutsideTheRootGetsAnAbsoluteUriWithoutBase() throws IOException {
    Finding f =
        SampleResults.finding(
            SampleResults.BLOCKING,
            Severity.ERROR,
            "m",
            SourceLocation.at("/srv/elsewhere/A.java", 3, 1),
            "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
    JsonNode artifact =
        run(SampleResults.result(List.of(f), List.of()))
            .at("/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("file:///srv/elsewhere/A.java", artifact.path("uri").asText());
    assertFalse(artifact.has("uriBaseId"));
  }

  @Test
  void findingOfAnUnknownRuleIsABug() {
    var rule =
        new RuleDescriptor(
            "NotInTheRun", Family.BLOCKING, Severity.ERROR, Precision.HIGH, "s", List.of(), "");
    Finding f =
        SampleResults.finding(rule, Severity.ERROR, "m", SourceLocation.at("a.java", 1, 1), "0123");
    var writer = new SarifWriter(new SarifOptions("1", false, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> writer.toJson(SampleResults.result(List.of(f), List.of())));
  }
}
