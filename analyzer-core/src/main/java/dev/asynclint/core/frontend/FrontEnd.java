package dev.asynclint.core.frontend;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.source.Language;
import dev.asynclint.core.source.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A language front end: per-file work in parallel ({@link Worker}, one per thread, so parsers and
 * solvers that are not thread-safe stay confined), then one project phase ({@link #link}) over the
 * per-file facts. The project facts are what rules read through {@code RuleContext.facts}.
 *
 * @param <F> per-file facts (plain data; ASTs are dropped after summarising)
 * @param <P> project facts
 */
public interface FrontEnd<F, P> {
  String name();

  Set<Language> languages();

  Class<P> projectType();

  /** A worker for one thread; closed when the run's per-file phase ends. */
  Worker<F> newWorker(ProjectSetup setup);

  /** The project phase; files are in path order. */
  P link(List<LinkedFile<F>> files, ProjectSetup setup, Consumer<Diagnostic> diagnostics);

  /** Per-thread file analysis. */
  interface Worker<F> extends AutoCloseable {
    FileResult<F> analyze(SourceFile file, String text);

    @Override
    default void close() {}
  }

  /** One file's facts with the file they came from. */
  record LinkedFile<F>(SourceFile file, F facts) {}
}
