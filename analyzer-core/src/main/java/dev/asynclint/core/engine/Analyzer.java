package dev.asynclint.core.engine;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Finding;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.frontend.FileResult;
import dev.asynclint.core.frontend.FrontEnd;
import dev.asynclint.core.frontend.ProjectSetup;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.core.source.SourceDiscovery;
import dev.asynclint.core.source.SourceFile;
import dev.asynclint.core.source.SourceText;
import dev.asynclint.core.suppress.SuppressionMark;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one analysis (DESIGN 2): discover, read and summarise files in parallel, link each front
 * end's project facts, run every enabled rule in isolation, then turn drafts into findings. Output
 * order never depends on thread scheduling.
 */
public final class Analyzer {
  private final ProgressListener progress;

  public Analyzer() {
    this(ProgressListener.NONE);
  }

  public Analyzer(ProgressListener progress) {
    this.progress = progress;
  }

  public AnalysisResult run(AnalysisRequest request) {
    long started = System.nanoTime();
    var diagnostics = Collections.synchronizedList(new ArrayList<Diagnostic>());
    var discovery =
        new SourceDiscovery(
                request.baseDir(),
                request.includes(),
                request.excludes(),
                request.settings().scanNodeModules())
            .discover(request.roots());
    diagnostics.addAll(discovery.diagnostics());
    List<SourceFile> files = discovery.files();
    ProjectSetup setup =
        new ProjectSetup(
            request.baseDir().toAbsolutePath().normalize(),
            files,
            request.classpath(),
            request.model(),
            request.settings());

    var facts = new HashMap<Class<?>, Object>();
    var marks = Collections.synchronizedList(new ArrayList<SuppressionMark>());
    var counters = new TreeMap<String, Long>();
    var notes = new TreeMap<String, String>();
    int analyzed = 0;
    for (FrontEnd<?, ?> frontEnd : request.frontEnds()) {
      analyzed +=
          runFrontEnd(
              frontEnd, files, setup, request.jobs(), diagnostics, marks, facts, counters, notes);
    }

    var drafts = new ArrayList<Finding>();
    var ran = new ArrayList<RuleDescriptor>();
    for (Rule rule : sortedRules(request.rules())) {
      RuleDescriptor d = rule.descriptor();
      Optional<Severity> severity = request.selection().severityOf(d);
      if (severity.isEmpty()) {
        continue;
      }
      ran.add(d);
      var context = new EngineRuleContext(facts, request.model(), request.settings());
      try {
        rule.check(context);
        drafts.addAll(FindingFactory.complete(d, severity.get(), context.drafts()));
      } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
        // Errors a bug raises too (a failed assert, a missing class): still one rule's loss only.
        diagnostics.add(
            Diagnostic.ofFile(
                Diagnostic.Kind.RULE_CRASH,
                "",
                "rule " + d.id() + " crashed and reported nothing: " + e));
      }
    }

    List<Finding> findings =
        Suppressions.apply(
            drafts,
            marks,
            ran.stream().map(RuleDescriptor::id).toList(),
            ran.size() == request.rules().size(),
            diagnostics::add);
    List<Diagnostic> sortedDiagnostics = new ArrayList<>(diagnostics);
    sortedDiagnostics.sort(Diagnostic.ORDER);
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    return new AnalysisResult(
        setup.baseDir(),
        ran,
        findings,
        sortedDiagnostics,
        new RunStats(files.size(), analyzed, counters, elapsed),
        notes);
  }

  private static List<Rule> sortedRules(List<Rule> rules) {
    var sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
    return sorted;
  }

  private <F, P> int runFrontEnd(
      FrontEnd<F, P> frontEnd,
      List<SourceFile> allFiles,
      ProjectSetup setup,
      int jobs,
      List<Diagnostic> diagnostics,
      List<SuppressionMark> marks,
      Map<Class<?>, Object> facts,
      Map<String, Long> counters,
      Map<String, String> notes) {
    List<SourceFile> mine =
        allFiles.stream().filter(f -> frontEnd.languages().contains(f.language())).toList();
    var results = new ConcurrentHashMap<String, FileResult<F>>();
    var workers = new ConcurrentHashMap<Thread, FrontEnd.Worker<F>>();
    var done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads(frontEnd.name()));
    try {
      var futures = new ArrayList<Future<?>>();
      for (SourceFile file : mine) {
        futures.add(
            pool.submit(
                () -> {
                  FrontEnd.Worker<F> worker =
                      workers.computeIfAbsent(
                          Thread.currentThread(), t -> frontEnd.newWorker(setup));
                  results.put(file.relativePath(), analyzeOne(worker, file, setup));
                  progress.fileDone(done.incrementAndGet(), mine.size());
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("front end " + frontEnd.name() + " failed", e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
      workers.values().forEach(FrontEnd.Worker::close);
    }
    var linked = new ArrayList<FrontEnd.LinkedFile<F>>();
    for (SourceFile file : mine) {
      FileResult<F> r = results.get(file.relativePath());
      diagnostics.addAll(r.diagnostics());
      marks.addAll(r.suppressions());
      r.facts().ifPresent(f -> linked.add(new FrontEnd.LinkedFile<>(file, f)));
    }
    P project = frontEnd.link(linked, setup, diagnostics::add);
    facts.put(frontEnd.projectType(), project);
    if (project instanceof ReportsStatistics stats) {
      counters.putAll(stats.counters());
      notes.putAll(stats.notes());
    }
    return linked.size();
  }

  private static <F> FileResult<F> analyzeOne(
      FrontEnd.Worker<F> worker, SourceFile file, ProjectSetup setup) {
    SourceText.Outcome text = SourceText.read(file, setup.settings().maxFileBytes());
    if (text instanceof SourceText.Problem p) {
      return FileResult.failed(p.diagnostic());
    }
    try {
      return worker.analyze(file, ((SourceText.Text) text).text());
    } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
      // A front-end bug on one file must not lose the rest of the tree.
      return FileResult.failed(
          Diagnostic.ofFile(
              Diagnostic.Kind.PARSE_ERROR,
              file.relativePath(),
              "internal error while analysing this file: " + e));
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    var n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "asynclint-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
