package dev.asynclint.rules.moduletype;

import dev.asynclint.core.engine.AnalysisRequest;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.engine.RuleSelection;
import dev.asynclint.core.expect.ExpectMarker;
import dev.asynclint.core.expect.ExpectMarkers;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.js.JsFrontEnd;
import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.source.SourceDiscovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Runs the module-type rules over a folder and checks its {@code // expect:} markers. */
final class ModuleTypeHarness {
  static final List<Rule> RULES =
      List.of(
          new AmbiguousModuleType(),
          new CommonJsInEsm(),
          new EsmSyntaxInCommonJs(),
          new MixedModuleSyntax(),
          new RequireOfEsm());

  static final Set<String> RULE_IDS =
      Set.of(
          "AmbiguousModuleType",
          "CommonJsInEsm",
          "EsmSyntaxInCommonJs",
          "MixedModuleSyntax",
          "RequireOfEsm");

  private ModuleTypeHarness() {}

  static AnalysisResult analyse(Path root, Optional<String> nodeVersion) {
    return new Analyzer()
        .run(
            new AnalysisRequest(
                root,
                List.of(root),
                List.of(),
                List.of(),
                List.of(),
                1,
                RULES,
                RuleSelection.all(),
                ApiModel.empty(),
                List.of(new JsFrontEnd()),
                new AnalysisSettings(nodeVersion, AnalysisSettings.DEFAULT_MAX_FILE_BYTES, false)));
  }

  /** Every mismatch between the findings and the markers of the files under {@code root}. */
  static List<String> mismatches(
      Path root, Optional<String> nodeVersion, Set<Diagnostic.Kind> allowed) {
    AnalysisResult result = analyse(root, nodeVersion);
    return ExpectMarkers.mismatches(
        markers(root), result.findings(), result.diagnostics(), RULE_IDS, allowed);
  }

  static List<ExpectMarker> markers(Path root) {
    var markers = new ArrayList<ExpectMarker>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        boolean code =
            SourceDiscovery.languageOf(f.getFileName().toString())
                .filter(l -> l != dev.asynclint.core.source.Language.PACKAGE_JSON)
                .isPresent();
        if (code && !rel.contains("node_modules/")) {
          markers.addAll(ExpectMarkers.parse(rel, Files.readString(f)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return markers;
  }

  /** A folder of the test resources. */
  static Path resource(String name) {
    try {
      var url = ModuleTypeHarness.class.getResource("/moduletype/" + name);
      if (url == null) {
        throw new IllegalStateException("missing test resource moduletype/" + name);
      }
      return Path.of(url.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
