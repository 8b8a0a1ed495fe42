package dev.asynclint.rules.engine;

import dev.asynclint.core.config.ConfigException;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.AnalysisOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tiny Vert.x-shaped trees and one way to analyse them, for the engine tests of this package. */
final class EngineFixtures {
  static final String RULE_ID = "BlockingCallOnEventLoop";
  static final String SERVER_PATH = "src/main/java/app/Server.java";

  /** One timer callback that sleeps on the loop: one finding, on line 9. */
  static final String SERVER =
      """
      package app;

      import io.vertx.core.Vertx;

      public class Server {
        Vertx vertx;

        void start() {
          vertx.setTimer(10, id -> Thread.sleep(1));
        }
      }
      """;

  private EngineFixtures() {}

  static Path write(Path root, String rel, String text) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  static Path write(Path root, String rel, byte[] bytes) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  /** Analyses {@code root} as the CLI does, with the given rules and the default front ends. */
  static AnalysisResult analyse(
      Path root, List<Rule> rules, int jobs, Map<String, String> ruleSettings)
      throws ConfigException {
    var options =
        new AnalysisOptions(
            root,
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            jobs,
            List.of(),
            Optional.empty(),
            ruleSettings,
            Optional.empty());
    var prepared = AnalysisFactory.prepare(options, rules, AnalysisFactory.defaultFrontEnds());
    return new Analyzer().run(prepared.request());
  }

  static AnalysisResult analyse(Path root, List<Rule> rules) throws ConfigException {
    return analyse(root, rules, 2, Map.of());
  }

  static List<Finding> findingsOf(AnalysisResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
