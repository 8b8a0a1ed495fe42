package dev.asynclint.cli;

import dev.asynclint.core.engine.AnalysisResult;
import dev.asynclint.core.report.JsonReport;
import dev.asynclint.sarif.SarifOptions;
import dev.asynclint.sarif.SarifWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/** The report formats of {@code --format} and {@code --report FORMAT=FILE}. */
enum ReportFormat {
  TEXT,
  JSON,
  SARIF;

  /** {@code text}, {@code json} or {@code sarif}, any case. */
  static Optional<ReportFormat> parse(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code result} in this format. {@code includeSuppressed} matters to SARIF only: text
   * leaves suppressed findings out and JSON always lists them, marked.
   */
  void write(AnalysisResult result, boolean includeSuppressed, PrintStream out) throws IOException {
    switch (this) {
      case TEXT -> new TextReport(result).write(out);
      case JSON -> JsonReport.write(result, out);
      case SARIF ->
          new SarifWriter(SarifOptions.defaults().withIncludeSuppressed(includeSuppressed))
              .write(result, out);
    }
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
