package dev.asynclint.sarif;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.RunStats;
import dev.asynclint.core.finding.BaselineState;
import dev.asynclint.core.finding.Confirmation;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import dev.asynclint.core.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hand-built analysis results for the golden files and unit tests. */
final class SampleResults {
  private SampleResults() {}

  static final String BLOCKING_DOC =
      """
      # BlockingCallOnEventLoop

      A call that blocks the thread (**sleep**, a lock, `Future.get`, JDBC, file or socket I/O) runs \
      on an event-loop thread, directly or through project methods. While it blocks, no other \
      callback of that loop runs.

      ## How to fix

      Move the work off the loop with `vertx.executeBlocking(...)`, or use the non-blocking API.

      ```java
      vertx.setTimer(10, id -> {
        Thread.sleep(10); // blocks the loop
      });
      ```

      ## Suppression

      `@SuppressWarnings("asynclint:BlockingCallOnEventLoop")`; see [suppressions](../suppressions.md).
      """;

  static final RuleDescriptor BLOCKING =
      new RuleDescriptor(
          "BlockingCallOnEventLoop",
          Family.BLOCKING,
          Severity.ERROR,
          Precision.HIGH,
          "A blocking call runs on an event-loop thread.",
          List.of("reliability", "performance"),
          BLOCKING_DOC);

  static final RuleDescriptor WRITES =
      new RuleDescriptor(
          "WriteIgnoresBackpressure",
          Family.BACKPRESSURE,
          Severity.WARNING,
          Precision.MEDIUM,
          "Stream writes ignore the backpressure signal.",
          List.of("reliability", "memory"),
          """
          # WriteIgnoresBackpressure

          Writes in a loop never look at `writeQueueFull()` or the result of `write()`, so the \
          buffer grows without bound.
          """);

  static final RuleDescriptor TICKS =
      new RuleDescriptor(
          "RecursiveTickStarvation",
          Family.STARVATION,
          Severity.NOTE,
          Precision.LOW,
          "A callback re-schedules itself on a high-priority queue.",
          List.of(),
          "");

  static final List<RuleDescriptor> ALL_RULES = List.of(WRITES, TICKS, BLOCKING);

  static AnalysisResult clean() {
    return result(List.of(), List.of());
  }

  static AnalysisResult severalRules() {
    return result(
        List.of(
            finding(
                BLOCKING,
                Severity.ERROR,
                "Thread.sleep blocks the event loop of this setTimer callback; move it into"
                    + " executeBlocking.",
                new SourceLocation("src/main/java/app/Server.java", 14, 9, 14, 26),
                "a1b2c3d4e5f60718293a4b5c6d7e8f90"),
            finding(
                WRITES,
                Severity.WARNING,
                "socket.write in a loop ignores writeQueueFull(); pause the source and resume it"
                    + " in drainHandler.",
                new SourceLocation("src/main/java/app/Pump.java", 31, 7, 31, 30),
                "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
            finding(
                TICKS,
                Severity.NOTE,
                "This callback re-schedules itself with runOnContext on every call; other"
                    + " callbacks of the loop starve. Use setTimer to yield.",
                new SourceLocation("src/main/java/app/Ticker.java", 8, 5, 10, 6),
                "1111222233334444555566667777aaaa")),
        List.of());
  }

  static AnalysisResult chain() {
    var callback = new SourceLocation("src/main/java/app/Routes.java", 22, 25, 22, 45);
    var dao = new SourceLocation("src/main/java/app/UserDao.java", 40, 12, 40, 38);
    var sink = new SourceLocation("src/main/java/app/UserDao.java", 57, 16, 57, 41);
    var registration = new SourceLocation("src/main/java/app/Routes.java", 21, 5, 21, 45);
    Finding f =
        new Finding(
            BLOCKING.id(),
            BLOCKING.family(),
            Severity.ERROR,
            "This request handler reaches a JDBC query (UserDao.load -> Statement.executeQuery)"
                + " on the event loop; wrap the call in executeBlocking.",
            callback,
            List.of(new RelatedLocation(registration, "the handler is registered here")),
            List.of(
                new FlowStep(callback, "Routes.lambda$start$0", "loop callback calls UserDao.load"),
                new FlowStep(dao, "UserDao.load", "calls UserDao.query"),
                new FlowStep(sink, "Statement.executeQuery", "JDBC query blocks")),
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            List.of(),
            Confirmation.NONE,
            BaselineState.NONE);
    return result(List.of(f), List.of());
  }

  static AnalysisResult suppressed() {
    var where = new SourceLocation("src/main/java/app/Legacy.java", 12, 9, 12, 30);
    Finding active =
        finding(
            BLOCKING,
            Severity.ERROR,
            "CountDownLatch.await blocks the event loop of this handler; complete a Promise"
                + " instead.",
            new SourceLocation("src/main/java/app/Legacy.java", 30, 9, 30, 22),
            "abababababababababababababababab");
    Finding hidden =
        finding(
                BLOCKING,
                Severity.ERROR,
                "Thread.sleep blocks the event loop of this handler; use setTimer instead.",
                where,
                "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd")
            .withSuppressions(
                List.of(
                    new Suppression(
                        Suppression.Kind.IN_SOURCE,
                        SourceLocation.at("src/main/java/app/Legacy.java", 11, 9),
                        "runs once at start-up, before traffic")));
    return result(List.of(active, hidden), List.of());
  }

  static AnalysisResult parseError() {
    return result(
        List.of(),
        List.of(
            new Diagnostic(
                Diagnostic.Kind.PARSE_ERROR,
                Severity.ERROR,
                "src/main/java/app/Broken.java",
                7,
                18,
                "Parse error: ';' expected; the file was not analysed.")));
  }

  static AnalysisResult ruleCrash() {
    return result(
        List.of(
            finding(
                WRITES,
                Severity.WARNING,
                "socket.write in a loop ignores writeQueueFull(); pause the source and resume it"
                    + " in drainHandler.",
                new SourceLocation("src/main/java/app/Pump.java", 31, 7, 31, 30),
                "0f1e2d3c4b5a69788796a5b4c3d2e1f0")),
        List.of(
            Diagnostic.ofFile(
                Diagnostic.Kind.RULE_CRASH,
                "",
                "rule BlockingCallOnEventLoop crashed and reported nothing:"
                    + " java.lang.IllegalStateException: no summary for app.Server#start()")));
  }

  static Finding finding(
      RuleDescriptor rule, Severity severity, String message, SourceLocation at, String fp) {
    return new Finding(
        rule.id(),
        rule.family(),
        severity,
        message,
        at,
        List.of(),
        List.of(),
        fp,
        List.of(),
        Confirmation.NONE,
        BaselineState.NONE);
  }

  static AnalysisResult result(List<Finding> findings, List<Diagnostic> diagnostics) {
    return new AnalysisResult(
        Path.of("/home/someone/project"),
        ALL_RULES,
        findings,
        diagnostics,
        new RunStats(12, 11, Map.of(), 1234),
        Map.of());
  }
}
