import dev.asynclint.core.engine.Analyzer;
import dev.asynclint.core.finding.Family;
import dev.asynclint.core.finding.Precision;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.java.CallFact;
import dev.asynclint.core.java.CodeUnit;
import dev.asynclint.core.java.JavaProject;
import dev.asynclint.core.loop.Edge;
import dev.asynclint.core.loop.LoopContext;
import dev.asynclint.core.rule.Rule;
import dev.asynclint.core.rule.RuleContext;
import dev.asynclint.core.rule.RuleDescriptor;
import dev.asynclint.rules.AnalysisFactory;
import dev.asynclint.rules.AnalysisOptions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trial helper (not part of the product): explains a RecursiveTickStarvation finding, which the
 * reports show without a chain. For every call at FILE:LINE that passes code units as arguments,
 * prints the shortest synchronous-edge path (LoopContext edges, the ones the rule walks) from each
 * argument unit back to the unit making the call.
 *
 * <pre>java -cp cli/target/asynclint.jar bench/src/TraceReach.java TREE PATH-SUFFIX:LINE [JAR...]</pre>
 */
public final class TraceReach {
  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]).toAbsolutePath();
    String where = args[1];
    String fileSuffix = where.substring(0, where.lastIndexOf(':'));
    int line = Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
    List<Path> cp = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      cp.add(Path.of(args[i]));
    }
    AnalysisOptions base = AnalysisOptions.of(tree, List.of(tree));
    AnalysisOptions opts =
        new AnalysisOptions(
            base.baseDir(), base.paths(), base.configFile(), base.include(), base.exclude(), cp,
            base.jobs(), base.models(), base.nodeVersion(), base.rules(), base.scanNodeModules());
    Rule tracer =
        new Rule() {
          @Override
          public RuleDescriptor descriptor() {
            return new RuleDescriptor(
                "TraceReach", Family.STARVATION, Severity.NOTE, Precision.LOW, "trace", List.of(),
                "trace");
          }

          @Override
          public void check(RuleContext context) {
            JavaProject p = context.facts(JavaProject.class).orElseThrow();
            LoopContext loop = LoopContext.of(p, context.model());
            for (CodeUnit u : p.units()) {
              for (int i = 0; i < u.calls().size(); i++) {
                CallFact c = u.calls().get(i);
                if (!c.location().path().endsWith(fileSuffix) || c.location().startLine() != line) {
                  continue;
                }
                System.out.println(
                    "call " + c.name() + " in " + u.displayName() + " types=" + c.libraryTypes()
                        + " conditional=" + c.conditional());
                var args = p.functionArgUnits(new JavaProject.CallKey(u.id(), i));
                for (var a : args.entrySet()) {
                  for (String cb : a.getValue()) {
                    System.out.println(" arg " + a.getKey() + " unit " + cb);
                    path(loop, p, cb, u.id());
                  }
                }
              }
            }
          }
        };
    var prepared =
        AnalysisFactory.prepare(opts, List.of(tracer), AnalysisFactory.defaultFrontEnds());
    new Analyzer().run(prepared.request());
  }

  private static void path(LoopContext loop, JavaProject p, String from, String to) {
    Map<String, Edge> parent = new HashMap<>();
    var work = new ArrayDeque<String>();
    work.add(from);
    parent.put(from, null);
    while (!work.isEmpty()) {
      String u = work.poll();
      if (u.equals(to)) {
        var steps = new ArrayList<Edge>();
        for (Edge e = parent.get(u); e != null; e = parent.get(e.from())) {
          steps.add(0, e);
        }
        for (Edge e : steps) {
          Optional<CodeUnit> target = p.unit(e.to());
          System.out.printf(
              "   %s:%d  %s %s -> %s%n",
              e.call().location().path(), e.call().location().startLine(),
              e.inline() ? "runs argument of" : "calls", e.call().name(),
              target.map(CodeUnit::displayName).orElse(e.to()));
        }
        return;
      }
      for (Edge e : loop.edgesFrom(u)) {
        if (!parent.containsKey(e.to())) {
          parent.put(e.to(), e);
          work.add(e.to());
        }
      }
    }
    System.out.println("   (no path)");
  }
}
