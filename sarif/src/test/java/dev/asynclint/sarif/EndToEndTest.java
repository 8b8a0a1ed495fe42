package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynclint.core.baseline.Baseline;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.AnalysisOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real engine (Java front end, BlockingCallOnEventLoop, built-in models) over a small Vert.x
 * tree, through SARIF and baselines.
 */
class EndToEndTest {
  private static final String SERVER =
      """
      package app;

      import io.vertx.core.AbstractVerticle;
      import io.vertx.core.http.HttpServer;

      public class Server extends AbstractVerticle {
        @Override
        public void start() {
          vertx.setTimer(10, id -> {
            pause();
          });
          HttpServer server = vertx.createHttpServer();
          server.requestHandler(req -> {
            try {
              Thread.sleep(10);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            req.response().end("ok");
          });
        }

        void pause() {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }

        void describe() {
          System.out.println("unrelated");
        }
      }
      """;

  private static AnalysisResult analyze(Path root, int jobs) throws Exception {
    AnalysisOptions defaults = AnalysisOptions.of(root, List.of(root));
    var options =
        new AnalysisOptions(
            root,
            List.of(root),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            jobs,
            List.of(),
            Optional.empty(),
            Map.of(),
            defaults.scanNodeModules());
    return new Analyzer().run(AnalysisFactory.prepare(options).request());
  }

  private static Path tree(Path root, String server) throws Exception {
    Path file = root.resolve("src/main/java/app/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, server);
    return file;
  }

  @Test
  void sarifIsValidAndByteIdenticalWhateverTheJobs(@TempDir Path root) throws Exception {
    tree(root, SERVER);
    for (int i = 0; i < 6; i++) {
      Path other = root.resolve("src/main/java/app/Copy" + i + ".java");
      Files.writeString(other, SERVER.replace("class Server", "class Copy" + i));
    }
    Files.writeString(root.resolve("src/main/java/app/Broken.java"), "class Broken { void x( }");
    var writer = new SarifWriter(SarifGoldenTest.options());
    String one = writer.toJson(analyze(root, 1));
    String four = writer.toJson(analyze(root, 4));
    assertEquals(one, four);
    assertEquals(List.of(), SarifSchema.violations(one));

    JsonNode run = new ObjectMapper().readTree(one).at("/runs/0");
    assertEquals(14, run.path("results").size(), run.path("results").toString());
    JsonNode chained = null;
    for (JsonNode r : run.path("results")) {
      assertEquals("BlockingCallOnEventLoop", r.path("ruleId").asText());
      assertFalse(
          r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().startsWith("/"));
      if (r.has("codeFlows")) {
        chained = r;
      }
    }
    assertTrue(chained != null, "the timer -> pause() -> Thread.sleep path has a code flow");
    assertTrue(chained.at("/codeFlows/0/threadFlows/0/locations").size() >= 2);
    JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
    assertEquals("parse-error", notifications.at("/0/descriptor/id").asText());
    assertEquals(
        "src/main/java/app/Broken.java",
        notifications.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
  }

  @Test
  void afterEditsOnlyTheNewBlockingCallIsNew(@TempDir Path root) throws Exception {
    Path file = tree(root, SERVER);
    AnalysisResult before = analyze(root, 2);
    assertEquals(2, before.activeFindings().size(), before.findings().toString());
    Path baselineFile = root.resolve("asynclint-baseline.json");
    Baseline.write(baselineFile, before.findings());

    String edited =
        SERVER
            // lines inserted above every finding
            .replace(
                "package app;\n",
                "package app;\n\n// Copyright the authors.\n// SPDX-License-Identifier: MIT\n")
            // an unrelated method renamed
            .replace("void describe()", "void printDescription()")
            // a new blocking call in the request handler
            .replace(
                "      req.response().end(\"ok\");\n",
                "      new java.util.concurrent.CountDownLatch(1).await();\n"
                    + "      req.response().end(\"ok\");\n");
    Files.writeString(file, edited);
    AnalysisResult after = Baseline.read(baselineFile).apply(analyze(root, 2));

    List<Finding> fresh = after.activeFindings();
    assertEquals(1, fresh.size(), fresh.toString());
    assertTrue(fresh.get(0).message().contains("CountDownLatch.await"), fresh.get(0).message());
    assertEquals(22, fresh.get(0).location().startLine());
    assertEquals("2", after.notes().get(Baseline.NOTE_UNCHANGED));

    JsonNode results =
        new ObjectMapper()
            .readTree(new SarifWriter(SarifGoldenTest.options()).toJson(after))
            .at("/runs/0/results");
    assertEquals(1, results.size());
    assertEquals("new", results.at("/0/baselineState").asText());
  }
}
