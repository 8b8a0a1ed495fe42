package dev.asynclint.maven;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.finding.Suppression;
import java.nio.file.Path;

/**
 * Re-roots a module's result at the reactor root. The analysis runs from the module folder, so
 * fingerprints, baselines and configuration globs stay module-relative; but GitHub code scanning
 * resolves SARIF URIs against the repository root, and a build log of many modules needs paths that
 * say which module a file is in. So reports get {@code core/src/main/java/...}, not {@code
 * src/main/java/...}.
 */
final class ReactorPaths {
  private ReactorPaths() {}

  /**
   * The module folder relative to the root, with {@code /} separators; empty for the root itself or
   * for a module outside it (whose paths then stay module-relative).
   */
  static String modulePrefix(Path moduleDir, Path reactorRoot) {
    Path module = moduleDir.toAbsolutePath().normalize();
    Path root = reactorRoot.toAbsolutePath().normalize();
    if (!module.startsWith(root) || module.equals(root)) {
      return "";
    }
    return root.relativize(module).toString().replace('\\', '/') + "/";
  }

  /** {@code result} with every path prefixed by {@code prefix} and {@code baseDir} moved up. */
  static AnalysisResult reroot(AnalysisResult result, String prefix, Path reactorRoot) {
    if (prefix.isEmpty()) {
      return result;
    }
    return new AnalysisResult(
        reactorRoot.toAbsolutePath().normalize(),
        result.rules(),
        result.findings().stream().map(f -> finding(f, prefix)).toList(),
        result.diagnostics().stream().map(d -> diagnostic(d, prefix)).toList(),
        result.stats(),
        result.notes());
  }

  private static Finding finding(Finding f, String prefix) {
    return new Finding(
        f.ruleId(),
        f.family(),
        f.severity(),
        f.message(),
        location(f.location(), prefix),
        f.related().stream()
            .map(r -> new RelatedLocation(location(r.location(), prefix), r.message()))
            .toList(),
        f.flow().stream()
            .map(s -> new FlowStep(location(s.location(), prefix), s.label(), s.message()))
            .toList(),
        f.fingerprint(),
        f.suppressions().stream()
            .map(s -> new Suppression(s.kind(), location(s.where(), prefix), s.justification()))
            .toList(),
        f.confirmation(),
        f.baselineState());
  }

  private static SourceLocation location(SourceLocation l, String prefix) {
    if (l.path().isEmpty()) {
      return l;
    }
    return new SourceLocation(
        join(prefix, l.path()), l.startLine(), l.startColumn(), l.endLine(), l.endColumn());
  }

  /**
   * {@code prefix + path}, normalised: a source root outside the module folder ({@code
   * ../shared/src}) gives {@code ../shared/...} in the module and {@code shared/...} from the root.
   */
  static String join(String prefix, String path) {
    return Path.of(prefix + path).normalize().toString().replace('\\', '/');
  }

  private static Diagnostic diagnostic(Diagnostic d, String prefix) {
    return d.path().isEmpty()
        ? d
        : new Diagnostic(
            d.kind(), d.level(), join(prefix, d.path()), d.line(), d.column(), d.message());
  }
}
