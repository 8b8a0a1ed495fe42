package dev.asynclint.core.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisRequest;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.engine.RuleSelection;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.model.ApiModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsFrontEndTest {
  @TempDir Path root;

  private AnalysisResult run(JsFrontEnd frontEnd, Optional<String> node) {
    return run(List.of(frontEnd), node);
  }

  private AnalysisResult run(
      List<dev.asynclint.core.frontend.FrontEnd<?, ?>> frontEnds, Optional<String> node) {
    return new Analyzer()
        .run(
            new AnalysisRequest(
                root,
                List.of(root),
                List.of(),
                List.of(),
                List.of(),
                2,
                List.of(),
                RuleSelection.all(),
                ApiModel.empty(),
                frontEnds,
                new AnalysisSettings(node, AnalysisSettings.DEFAULT_MAX_FILE_BYTES, false)));
  }

  @Test
  void missingNativeLibraryIsOneDiagnosticNotOnePerFile() throws Exception {
    Files.writeString(root.resolve("a.js"), "require('x');");
    Files.writeString(root.resolve("b.mjs"), "import x from 'y';");
    Files.writeString(root.resolve("package.json"), "{}");
    var frontEnd =
        new JsFrontEnd(
            Optional::empty,
            () -> Optional.of("java.lang.UnsatisfiedLinkError: libc.musl"),
            Clock.systemUTC());
    AnalysisResult result = run(frontEnd, Optional.empty());
    List<Diagnostic> unavailable =
        result.diagnostics().stream()
            .filter(d -> d.kind() == Diagnostic.Kind.JS_PARSER_UNAVAILABLE)
            .toList();
    assertEquals(1, unavailable.size(), result.diagnostics().toString());
    assertTrue(unavailable.get(0).message().contains("2 JavaScript/TypeScript files"));
    assertTrue(unavailable.get(0).message().contains("musl"));
  }

  @Test
  void javaAnalysisGoesOnWithoutTheJsParser() throws Exception {
    Files.writeString(root.resolve("a.js"), "require('x');");
    Files.writeString(root.resolve("A.java"), "class A { void run() {} }");
    var js =
        new JsFrontEnd(
            Optional::empty, () -> Optional.of("UnsatisfiedLinkError"), Clock.systemUTC());
    AnalysisResult result =
        run(List.of(new dev.asynclint.core.java.JavaFrontEnd(), js), Optional.empty());
    assertEquals(2, result.stats().filesDiscovered());
    assertEquals(1, result.stats().filesAnalyzed(), "the Java file, not the JS one");
    assertEquals(1L, result.stats().counters().get("java.files"), result.stats().toString());
  }

  @Test
  void targetNoteAndPackageScopes() throws Exception {
    Files.writeString(root.resolve("package.json"), "{\"type\": \"module\"}");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/package.json"), "{\"name\": \"sub\"}");
    Files.writeString(root.resolve("sub/x.js"), "module.exports = 1;");
    Files.writeString(root.resolve("index.js"), "import './sub/x.js';");
    var frontEnd =
        new JsFrontEnd(
            JsParser::create,
            JsParser::unavailableReason,
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
    AnalysisResult result = run(frontEnd, Optional.empty());
    assertTrue(
        result
            .notes()
            .get("node.target")
            .startsWith("22.12.0 (oldest maintained LTS on 2026-11-26"),
        result.notes().toString());
  }

  @Test
  void invalidNodeVersionOptionIsAConfigError() throws Exception {
    Files.writeString(root.resolve("a.js"), "1;");
    AnalysisResult result = run(new JsFrontEnd(), Optional.of("latest"));
    assertTrue(
        result.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.CONFIG_ERROR),
        result.diagnostics().toString());
  }
}
