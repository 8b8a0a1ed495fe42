package dev.asynclint.core.js;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.frontend.FrontEnd.LinkedFile;
import dev.asynclint.core.frontend.ProjectSetup;
import dev.asynclint.core.source.Language;
import dev.asynclint.core.source.SourceDiscovery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The JavaScript project phase: scopes, types, target and resolution for one run. */
final class ProjectLinker {
  /**
   * Files outside the analysed tree that resolution may parse (to learn whether a required package
   * is ESM and whether its graph awaits at the top level). Bounded so that one require of a huge
   * dependency tree cannot make a run slow; the count of skipped files is reported.
   */
  private static final int MAX_EXTERNAL_MODULES = 2000;

  private final ProjectSetup setup;
  private final Consumer<Diagnostic> diagnostics;
  private final Supplier<Optional<JsParser>> parsers;
  private final LocalDate today;
  private Optional<JsParser> linkParser;

  ProjectLinker(
      ProjectSetup setup,
      Consumer<Diagnostic> diagnostics,
      Supplier<Optional<JsParser>> parsers,
      LocalDate today) {
    this.setup = setup;
    this.diagnostics = diagnostics;
    this.parsers = parsers;
    this.today = today;
  }

  JsProject link(List<LinkedFile<JsFileFacts>> files) {
    var packages = new HashMap<Path, PackageJsonFacts>();
    var sources = new ArrayList<JsModuleFacts>();
    for (LinkedFile<JsFileFacts> f : files) {
      if (f.facts() instanceof PackageJsonFacts p) {
        packages.put(p.directory(), p);
      } else if (f.facts() instanceof JsModuleFacts m) {
        sources.add(m);
      }
    }
    PackageScopes scopes = new PackageScopes(packages, this::display, diagnostics);
    NodeTarget target = chooseTarget(scopes, packages);

    var loaded = new LinkedHashMap<Path, JsModule>();
    var modules = new ArrayList<JsModule>();
    for (JsModuleFacts facts : sources) {
      JsModule m = new JsModule(facts, ModuleTypes.classify(facts, scopes), true);
      modules.add(m);
      loaded.put(facts.absolutePath(), m);
    }
    modules.sort(Comparator.comparing(JsModule::path));

    var resolver = new NodeResolver(scopes);
    var resolved = new HashMap<Path, List<ResolvedRequest>>();
    var counters = new TreeMap<String, Long>();
    var work = new ArrayDeque<>(modules);
    long external = 0;
    long skipped = 0;
    while (!work.isEmpty()) {
      JsModule m = work.poll();
      var out = new ArrayList<ResolvedRequest>();
      for (ModuleRequest r : m.facts().requests()) {
        if (r.specifier().isEmpty() || r.typeOnly()) {
          continue;
        }
        // Outside the tree only the static ESM graph matters (top-level await under require).
        if (!m.analysed() && !r.kind().isStaticEsm()) {
          continue;
        }
        Resolution res =
            resolver.resolve(
                r.specifier().get(),
                m.facts().absolutePath(),
                r.kind() == ModuleRequest.Kind.REQUIRE,
                m.facts().typeScript());
        out.add(new ResolvedRequest(r, res));
        counters.merge(
            res instanceof Resolution.Unresolved
                ? "js.requests.unresolved"
                : "js.requests.resolved",
            1L,
            Long::sum);
        boolean follow = r.kind() == ModuleRequest.Kind.REQUIRE || r.kind().isStaticEsm();
        if (follow && res instanceof Resolution.File f && !loaded.containsKey(f.path())) {
          if (external >= MAX_EXTERNAL_MODULES) {
            skipped++;
            continue;
          }
          Optional<JsModule> ext = readExternal(f.path(), scopes);
          if (ext.isPresent()) {
            external++;
            loaded.put(f.path(), ext.get());
            work.add(ext.get());
          }
        }
      }
      resolved.put(m.facts().absolutePath(), out);
    }
    counters.put("js.modules", (long) modules.size());
    counters.put("js.packageJson", (long) packages.size());
    counters.put("js.external.parsed", external);
    if (skipped > 0) {
      counters.put("js.external.skipped", skipped);
    }
    return new JsProject(modules, loaded, resolved, target, counters);
  }

  private NodeTarget chooseTarget(PackageScopes scopes, Map<Path, PackageJsonFacts> packages) {
    Optional<String> option = setup.settings().nodeVersion();
    if (option.isPresent() && NodeVersion.parse(option.get()).isEmpty()) {
      diagnostics.accept(
          Diagnostic.ofFile(
              Diagnostic.Kind.CONFIG_ERROR,
              "",
              "nodeVersion \"" + option.get() + "\" is not a version such as 22 or 20.18.0"));
      option = Optional.empty();
    }
    // The package that governs the base folder, else the shallowest one of the tree: the
    // project's own package.json rather than one of a nested tool or fixture.
    Optional<PackageJsonFacts> nearest =
        scopes
            .governing(setup.baseDir())
            .or(
                () ->
                    packages.values().stream()
                        .filter(p -> !p.path().contains("node_modules/"))
                        .min(
                            Comparator.comparingInt(
                                    (PackageJsonFacts p) -> p.directory().getNameCount())
                                .thenComparing(PackageJsonFacts::path)));
    return NodeTarget.choose(option, nearest, today);
  }

  private Optional<JsModule> readExternal(Path file, PackageScopes scopes) {
    Optional<Language> lang = SourceDiscovery.languageOf(file.getFileName().toString());
    if (lang.isEmpty() || lang.get() == Language.PACKAGE_JSON || lang.get() == Language.JAVA) {
      return Optional.empty();
    }
    if (linkParser == null) {
      linkParser = parsers.get();
    }
    if (linkParser.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (Files.size(file) > setup.settings().maxFileBytes()) {
        return Optional.empty();
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      boolean ts = lang.get() == Language.TYPESCRIPT;
      var extracted =
          ModuleFactsExtractor.extract(
              display(file), file, ts, text, linkParser.get().parse(text, ts));
      JsModuleFacts facts = extracted.facts();
      return Optional.of(new JsModule(facts, ModuleTypes.classify(facts, scopes), false));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Root-relative when inside the base folder, else absolute. */
  private String display(Path file) {
    Path base = setup.baseDir();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(base)
        ? base.relativize(abs).toString().replace('\\', '/')
        : abs.toString();
  }
}
