package dev.asynclint.core.report;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.FlowStep;
import dev.asynclint.core.finding.RelatedLocation;
import dev.asynclint.core.finding.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Findings as text lines, the layout of DESIGN 8 shared by the CLI and the Maven build log: {@code
 * path:line:col: severity RuleId message}, the source line with a caret, the chain and related
 * locations; and one line per tool diagnostic.
 */
public final class FindingText {
  private final Path baseDir;
  private final Map<String, List<String>> linesByPath = new HashMap<>();

  /** Paths of findings are relative to {@code baseDir}; the code frame is read from there. */
  public FindingText(Path baseDir) {
    this.baseDir = baseDir;
  }

  /** The lines of one finding, without a trailing blank line. */
  public List<String> lines(Finding f) {
    var out = new ArrayList<String>();
    SourceLocation at = f.location();
    out.add(at + ": " + f.severity().id() + " " + f.ruleId() + " " + f.message());
    frame(at, out);
    if (f.flow().size() > 1) {
      out.add("    chain:");
      for (FlowStep s : f.flow()) {
        out.add("      " + s.location() + "  " + s.message());
      }
    }
    for (RelatedLocation r : f.related()) {
      out.add("    see " + r.location() + ": " + r.message());
    }
    return out;
  }

  /** {@code path:line:col: level [kind] message}. */
  public static String line(Diagnostic d) {
    String where =
        d.path().isEmpty()
            ? "asynclint"
            : d.path() + (d.line() > 0 ? ":" + d.line() + ":" + d.column() : "");
    return where + ": " + d.level().id() + " [" + d.kind().id() + "] " + d.message();
  }

  private void frame(SourceLocation at, List<String> out) {
    Optional<String> line = sourceLine(at.path(), at.startLine());
    if (line.isEmpty()) {
      return;
    }
    String text = line.get().replace('\t', ' ');
    String number = String.valueOf(at.startLine());
    out.add("  " + number + " | " + text);
    int start = Math.max(1, at.startColumn());
    int end =
        at.endLine() == at.startLine() ? Math.max(start + 1, at.endColumn()) : text.length() + 1;
    end = Math.min(end, text.length() + 1);
    int width = Math.max(1, end - start);
    out.add(
        "  "
            + " ".repeat(number.length())
            + " | "
            + " ".repeat(start - 1)
            + "^"
            + "~".repeat(width - 1));
  }

  private Optional<String> sourceLine(String path, int number) {
    List<String> lines =
        linesByPath.computeIfAbsent(
            path,
            p -> {
              try {
                return Files.readAllLines(baseDir.resolve(p), StandardCharsets.UTF_8);
              } catch (IOException | RuntimeException e) {
                return List.of();
              }
            });
    return number >= 1 && number <= lines.size()
        ? Optional.of(lines.get(number - 1))
        : Optional.empty();
  }
}
