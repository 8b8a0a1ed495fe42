package dev.asynclint.rules.testing;

import dev.asynclint.core.engine.AnalysisRequest;
import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.engine.AnalysisSettings;
import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.engine.RuleSelection;
import dev.asynclint.core.expect.ExpectMarker;
import dev.asynclint.core.expect.ExpectMarkers;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.BuiltInModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inline-marker harness for rule tests (DESIGN 11): analyses a tree with the built-in models
 * and the given rules, and lists every finding without a {@code // expect:} marker on its line and
 * every marker without its finding. Error-level diagnostics fail too, unless allowed.
 */
public final class RuleHarness {
  private RuleHarness() {}

  /** A test resource folder, e.g. {@code blocking/vertx-callbacks}. */
  public static Path resource(String name) {
    try {
      var url = RuleHarness.class.getResource("/" + name);
      if (url == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static AnalysisResult analyse(Path root, List<Rule> rules, int jobs) {
    try {
      var request =
          new AnalysisRequest(
              root,
              List.of(root),
              List.of(),
              List.of(),
              List.of(),
              jobs,
              rules,
              RuleSelection.all(),
              BuiltInModels.load(List.of()),
              AnalysisFactory.defaultFrontEnds(),
              AnalysisSettings.defaults());
      return new Analyzer().run(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Mismatches between findings and markers; empty when the tree's expectations hold. */
  public static List<String> mismatches(Path root, List<Rule> rules, Set<Diagnostic.Kind> allowed) {
    AnalysisResult result = analyse(root, rules, 2);
    Set<String> ids = rules.stream().map(r -> r.descriptor().id()).collect(Collectors.toSet());
    return ExpectMarkers.mismatches(
        markers(root), result.findings(), result.diagnostics(), ids, allowed);
  }

  /** Every {@code // expect:} marker of the Java and JavaScript files under {@code root}. */
  public static List<ExpectMarker> markers(Path root) {
    var out = new ArrayList<ExpectMarker>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".java") || name.matches(".*\\.[cm]?[jt]sx?$")) {
          String rel = root.relativize(f).toString().replace('\\', '/');
          out.addAll(ExpectMarkers.parse(rel, Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
