package dev.asynclint.core.js;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.frontend.FileResult;
import dev.asynclint.core.frontend.FrontEnd;
import dev.asynclint.core.frontend.ProjectSetup;
import dev.asynclint.core.source.Language;
import dev.asynclint.core.source.SourceFile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The JavaScript/TypeScript front end (DESIGN 2, 9): parses {@code .js .mjs .cjs .jsx .ts .mts
 * .cts} with tree-sitter into {@link JsModuleFacts}, reads every {@code package.json}, and links
 * them into a {@link JsProject}: package scopes, module types, resolution, and the Node target.
 */
public final class JsFrontEnd implements FrontEnd<JsFileFacts, JsProject> {
  private final Supplier<Optional<JsParser>> parsers;
  private final Supplier<Optional<String>> unavailableReason;
  private final Clock clock;

  public JsFrontEnd() {
    this(JsParser::create, JsParser::unavailableReason, Clock.systemUTC());
  }

  /** For tests: another parser source (to simulate a platform without the native library). */
  JsFrontEnd(
      Supplier<Optional<JsParser>> parsers,
      Supplier<Optional<String>> unavailableReason,
      Clock clock) {
    this.parsers = parsers;
    this.unavailableReason = unavailableReason;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "javascript";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT, Language.PACKAGE_JSON);
  }

  @Override
  public Class<JsProject> projectType() {
    return JsProject.class;
  }

  @Override
  public Worker<JsFileFacts> newWorker(ProjectSetup setup) {
    return new JsWorker(parsers);
  }

  @Override
  public JsProject link(
      List<LinkedFile<JsFileFacts>> files, ProjectSetup setup, Consumer<Diagnostic> diagnostics) {
    long sources =
        setup.files().stream().filter(f -> f.language() != Language.PACKAGE_JSON).count();
    Optional<String> unavailable = unavailableReason.get();
    if (sources > 0 && unavailable.isPresent()) {
      diagnostics.accept(
          new Diagnostic(
              Diagnostic.Kind.JS_PARSER_UNAVAILABLE,
              Severity.ERROR,
              "",
              0,
              0,
              sources
                  + " JavaScript/TypeScript files were not analysed: the tree-sitter native library"
                  + " does not load on this platform ("
                  + System.getProperty("os.name")
                  + "/"
                  + System.getProperty("os.arch")
                  + "; builds exist for glibc Linux x86_64/aarch64, macOS and Windows x86_64, not"
                  + " for musl/Alpine). The Java analysis is not affected. Cause: "
                  + unavailable.get()));
    }
    return new ProjectLinker(setup, diagnostics, parsers, LocalDate.now(clock)).link(files);
  }

  /** Per-thread parsing; the parser is created on first use. */
  private static final class JsWorker implements Worker<JsFileFacts> {
    private final Supplier<Optional<JsParser>> parsers;
    private Optional<JsParser> parser;

    JsWorker(Supplier<Optional<JsParser>> parsers) {
      this.parsers = parsers;
    }

    @Override
    public FileResult<JsFileFacts> analyze(SourceFile file, String text) {
      if (file.language() == Language.PACKAGE_JSON) {
        var diagnostics = new ArrayList<Diagnostic>();
        PackageJsonFacts facts =
            PackageJsonReader.read(
                file.relativePath(),
                file.absolutePath().toAbsolutePath().normalize().getParent(),
                text,
                diagnostics::add);
        return new FileResult<>(Optional.of(facts), diagnostics, List.of());
      }
      if (parser == null) {
        parser = parsers.get();
      }
      if (parser.isEmpty()) {
        // Reported once for the whole run by link(), not once per file.
        return new FileResult<>(Optional.empty(), List.of(), List.of());
      }
      boolean typeScript = file.language() == Language.TYPESCRIPT;
      var tree = parser.get().parse(text, typeScript);
      var extracted =
          ModuleFactsExtractor.extract(
              file.relativePath(),
              file.absolutePath().toAbsolutePath().normalize(),
              typeScript,
              text,
              tree);
      return new FileResult<>(
          Optional.of(extracted.facts()), extracted.diagnostics(), extracted.suppressions());
    }

    @Override
    public void close() {
      if (parser != null) {
        parser.ifPresent(JsParser::close);
      }
    }
  }
}
