package dev.asynclint.core.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.frontend.FileResult;
import dev.asynclint.core.frontend.ProjectSetup;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.source.Language;
import dev.asynclint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaFrontEndTest {
  private static FileResult<JavaFileFacts> summarize(String source) {
    var fe = new JavaFrontEnd();
    var file = new SourceFile(Path.of("/nowhere/A.java"), "A.java", Language.JAVA, source.length());
    var setup =
        new ProjectSetup(
            Path.of("/nowhere"),
            List.of(),
            List.of(),
            ApiModel.empty(),
            AnalysisSettings.defaults());
    try (var worker = fe.newWorker(setup)) {
      return worker.analyze(file, source);
    }
  }

  @Test
  void summarisesMethodsLambdasAndCalls() {
    var result =
        summarize(
            """
            package p;
            class A {
              void run(java.util.List<String> xs) {
                xs.forEach(x -> helper(x));
                new Thread(() -> {}).start();
              }
              void helper(String s) {}
            }
            """);
    assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
    JavaFileFacts facts = result.facts().orElseThrow();
    assertEquals(List.of("p.A"), facts.types().stream().map(TypeFacts::fqn).toList());
    assertEquals(4, facts.units().size(), facts.units().toString());
  }
}
