package dev.asynclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.expect.ExpectMarker;
import dev.asynclint.core.expect.ExpectMarkers;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.AnalysisOptions;
import dev.asynclint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the README's first command shows: every finding on {@code samples/} is announced by an
 * {@code // expect:} marker, and every marker is met, with all built-in rules on, as a user runs
 * it.
 */
class SamplesMarkersTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everySampleFindingIsMarkedAndEveryMarkerMet() throws Exception {
    var prepared = AnalysisFactory.prepare(AnalysisOptions.of(REPO, List.of(Path.of("samples"))));
    AnalysisResult result = new Analyzer().run(prepared.request());
    Set<String> ids =
        BuiltInRules.all().stream()
            .map(Rule::descriptor)
            .map(d -> d.id())
            .collect(Collectors.toSet());
    List<String> problems =
        ExpectMarkers.mismatches(markers(), result.findings(), result.diagnostics(), ids, Set.of());
    assertEquals(List.of(), problems);
    assertTrue(result.activeFindings().size() >= ids.size(), "every rule shows on the samples");
  }

  private static List<ExpectMarker> markers() throws IOException {
    var out = new ArrayList<ExpectMarker>();
    try (Stream<Path> files = Files.walk(REPO.resolve("samples"))) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .filter(
                  p ->
                      !p.toString().contains("/target/")
                          && !p.toString().contains("/node_modules/"))
              .sorted()
              .toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".java") || name.matches(".*\\.[cm]?[jt]sx?$")) {
          String rel = REPO.relativize(f).toString().replace('\\', '/');
          out.addAll(ExpectMarkers.parse(rel, Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }
}
