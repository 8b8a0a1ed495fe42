import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Parse-only baseline for bench/run-java-bench.sh (DESIGN 11): reads and parses every .java file
 * under the given folders with JavaParser configured as asynclint's Java front end does
 * (LanguageLevel.JAVA_25, storeTokens true, no symbol resolver), on a fixed pool of as many
 * threads as asynclint's default --jobs (available processors), one parser per thread, and drops
 * each AST after counting its nodes. Nothing else: no summaries, no type resolution, no rules.
 *
 * <p>Run it with JavaParser on the classpath, e.g. the CLI's shaded jar:
 *
 * <pre>java -cp cli/target/asynclint.jar bench/src/ParseOnly.java DIR... [-j N]</pre>
 */
public final class ParseOnly {
  public static void main(String[] args) throws Exception {
    int jobs = Runtime.getRuntime().availableProcessors();
    List<Path> roots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-j")) {
        jobs = Integer.parseInt(args[++i]);
      } else {
        roots.add(Path.of(args[i]));
      }
    }
    if (roots.isEmpty()) {
      System.err.println("usage: ParseOnly DIR... [-j N]");
      System.exit(2);
    }
    long started = System.nanoTime();
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
            .sorted()
            .forEach(files::add);
      }
    }
    ThreadLocal<JavaParser> parsers =
        ThreadLocal.withInitial(
            () ->
                new JavaParser(
                    new ParserConfiguration()
                        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                        .setStoreTokens(true)));
    AtomicInteger failed = new AtomicInteger();
    AtomicLong nodes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(
            pool.submit(
                () -> {
                  String text;
                  try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                  } catch (IOException e) {
                    failed.incrementAndGet();
                    return;
                  }
                  ParseResult<CompilationUnit> r = parsers.get().parse(text);
                  if (r.isSuccessful() && r.getResult().isPresent()) {
                    nodes.addAndGet(r.getResult().get().stream().count());
                  } else {
                    failed.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double secs = (System.nanoTime() - started) / 1e9;
    System.err.printf(
        "parse-only: %d files, %d AST nodes, %d failed, %d threads, %.2f s%n",
        files.size(), nodes.get(), failed.get(), jobs, secs);
  }
}
