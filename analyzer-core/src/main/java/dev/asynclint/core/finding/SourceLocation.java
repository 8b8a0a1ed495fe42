package dev.asynclint.core.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A region of a source file. {@code path} is relative to the analysis base directory and uses
 * {@code /} separators; lines and columns are 1-based and columns count UTF-16 code units. As in
 * SARIF, {@code endColumn} is the column just after the region's last character (exclusive).
 */
public record SourceLocation(
    String path, int startLine, int startColumn, int endLine, int endColumn) {

  public static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::path)
          .thenComparingInt(SourceLocation::startLine)
          .thenComparingInt(SourceLocation::startColumn)
          .thenComparingInt(SourceLocation::endLine)
          .thenComparingInt(SourceLocation::endColumn);

  public SourceLocation {
    Objects.requireNonNull(path, "path");
    if (startLine < 1 || startColumn < 1) {
      throw new IllegalArgumentException("locations are 1-based: " + startLine + ":" + startColumn);
    }
    if (endLine < startLine) {
      endLine = startLine;
      endColumn = startColumn;
    }
  }

  /** A location covering one position. */
  public static SourceLocation at(String path, int line, int column) {
    return new SourceLocation(path, line, column, line, column);
  }

  /** True when {@code line} lies within this region. */
  public boolean containsLine(int line) {
    return line >= startLine && line <= endLine;
  }

  @Override
  public String toString() {
    return path + ":" + startLine + ":" + startColumn;
  }
}
