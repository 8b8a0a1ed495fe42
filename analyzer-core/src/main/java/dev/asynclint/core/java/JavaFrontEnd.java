package dev.asynclint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.frontend.FileResult;
import dev.asynclint.core.frontend.FrontEnd;
import dev.asynclint.core.frontend.ProjectSetup;
import dev.asynclint.core.source.Language;
import dev.asynclint.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The Java front end (DESIGN 6): JavaParser at the newest LTS language level, per-file summaries
 * typed by the syntactic tier and, for prefiltered calls only, the symbol solver over the JDK and
 * the classpath jars. The tree's own types are not given to the solver: the project phase types
 * them from their declarations (return types, supertypes), which on vertx-core found the same
 * chains at half the CPU and a quarter of the memory of re-parsing sibling files in the solver.
 */
public final class JavaFrontEnd implements FrontEnd<JavaFileFacts, JavaProject> {
  /** Java 25 is the newest LTS JavaParser 3.28 parses; older code parses at this level too. */
  static final ParserConfiguration.LanguageLevel LANGUAGE_LEVEL =
      ParserConfiguration.LanguageLevel.JAVA_25;

  private final AtomicLong prefiltered = new AtomicLong();
  private final AtomicLong resolvedLibrary = new AtomicLong();
  private volatile Setup shared;

  /** What every worker of one run shares: the tree's own type names and the usable jars. */
  private record Setup(Set<String> projectTypes, List<Path> jars, List<Diagnostic> problems) {}

  @Override
  public String name() {
    return "java";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public Class<JavaProject> projectType() {
    return JavaProject.class;
  }

  private synchronized Setup setup(ProjectSetup project) {
    if (shared == null) {
      var jars = new ArrayList<Path>();
      var problems = new ArrayList<Diagnostic>();
      for (Path entry : project.classpath()) {
        if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
          // Checked once here so that a broken jar is reported once, whatever --jobs is.
          try (var zip = new java.util.zip.ZipFile(entry.toFile())) {
            if (zip.size() >= 0) {
              jars.add(entry);
            }
          } catch (IOException e) {
            problems.add(
                new Diagnostic(
                    Diagnostic.Kind.CLASSPATH_ENTRY,
                    Severity.WARNING,
                    "",
                    0,
                    0,
                    "classpath entry "
                        + entry
                        + " skipped: not a readable jar ("
                        + e.getMessage()
                        + ")"));
          }
        } else {
          String why =
              Files.isDirectory(entry)
                  ? "class folders are not used for type resolution; only jars are"
                  : "not found or not a jar";
          problems.add(
              new Diagnostic(
                  Diagnostic.Kind.CLASSPATH_ENTRY,
                  Severity.WARNING,
                  "",
                  0,
                  0,
                  "classpath entry " + entry + " skipped: " + why));
        }
      }
      List<Path> roots = SourceRoots.of(project.files());
      shared = new Setup(SourceRoots.topLevelTypes(project.files(), roots), jars, problems);
    }
    return shared;
  }

  @Override
  public Worker<JavaFileFacts> newWorker(ProjectSetup project) {
    return new JavaWorker(project, setup(project));
  }

  @Override
  public JavaProject link(
      List<LinkedFile<JavaFileFacts>> files, ProjectSetup project, Consumer<Diagnostic> out) {
    Setup s = setup(project);
    s.problems().forEach(out);
    JavaProject linked =
        ProjectLinker.link(
            files.stream().map(LinkedFile::facts).toList(), project.model(),
            prefiltered.get(), resolvedLibrary.get());
    // The solver's caches outlive a run in long-lived processes (Maven, tests): clear them.
    JavaParserFacade.clearInstances();
    shared = null;
    prefiltered.set(0);
    resolvedLibrary.set(0);
    return linked;
  }

  /** One thread's parser and solver. */
  private final class JavaWorker implements Worker<JavaFileFacts> {
    private final ProjectSetup project;
    private final JavaParser parser;
    private final Optional<SolverTier> solver;
    private final Set<String> projectTypes;

    JavaWorker(ProjectSetup project, Setup setup) {
      this.project = project;
      var config = new ParserConfiguration().setLanguageLevel(LANGUAGE_LEVEL).setStoreTokens(true);
      var types = new CombinedTypeSolver();
      types.add(new ReflectionTypeSolver(true));
      for (Path jar : setup.jars()) {
        try {
          types.add(new JarTypeSolver(jar));
        } catch (IOException | RuntimeException e) {
          // Already reported by setup() when unreadable; a jar javassist rejects is skipped.
        }
      }
      if (!setup.jars().isEmpty()) {
        config.setSymbolResolver(new JavaSymbolSolver(types));
      }
      this.parser = new JavaParser(config);
      // Without jars the solver adds nothing the syntactic tier lacks (JDK types come from the
      // JDK itself, the tree's from the project phase); it runs only with a classpath.
      this.solver = setup.jars().isEmpty() ? Optional.empty() : Optional.of(new SolverTier(types));
      this.projectTypes = setup.projectTypes();
    }

    @Override
    public FileResult<JavaFileFacts> analyze(SourceFile file, String text) {
      ParseResult<CompilationUnit> result = parser.parse(text);
      if (!result.isSuccessful() || result.getResult().isEmpty()) {
        var diagnostics = new ArrayList<Diagnostic>();
        for (Problem p : result.getProblems()) {
          int line = p.getLocation().flatMap(l -> l.toRange()).map(r -> r.begin.line).orElse(0);
          int col = p.getLocation().flatMap(l -> l.toRange()).map(r -> r.begin.column).orElse(0);
          diagnostics.add(
              new Diagnostic(
                  Diagnostic.Kind.PARSE_ERROR,
                  Severity.ERROR,
                  file.relativePath(),
                  line,
                  col,
                  "cannot parse: " + firstLine(p.getMessage())));
          break; // the first problem is the useful one; the rest cascade from it
        }
        if (diagnostics.isEmpty()) {
          diagnostics.add(
              Diagnostic.ofFile(Diagnostic.Kind.PARSE_ERROR, file.relativePath(), "cannot parse"));
        }
        return new FileResult<>(Optional.empty(), diagnostics, List.of());
      }
      CompilationUnit cu = result.getResult().get();
      var summarizer =
          new FileSummarizer(file.relativePath(), cu, project.model(), solver, projectTypes);
      JavaFileFacts facts = summarizer.summarize();
      prefiltered.addAndGet(summarizer.prefilteredCalls());
      resolvedLibrary.addAndGet(summarizer.resolvedCalls());
      return new FileResult<>(
          Optional.of(facts), List.of(), JavaSuppressions.of(file.relativePath(), cu));
    }

    private static String firstLine(String message) {
      int nl = message.indexOf('\n');
      return nl < 0 ? message : message.substring(0, nl);
    }
  }
}
