import dev.asynclint.probe.Probe;
import dev.asynclint.probe.ProbeOptions;
import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.stream.Readable;
import dev.asynclint.runtime.stream.StreamOptions;
import dev.asynclint.runtime.stream.Streams;
import dev.asynclint.runtime.stream.Transform;
import dev.asynclint.runtime.stream.Writable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The runtime benchmark (run by bench/run.sh next to bench/node/bench.js, which does the same
 * in Node): dispatch rate of 1,000,000 setImmediate and nextTick callbacks (queued at once, and
 * re-scheduled one by one) and bytes/s through pipeline(Readable, Transform, Writable) of 1 GiB
 * in 64 KiB chunks. One run is one such workload on a fresh loop (1M callbacks or 1 GiB take only
 * 3-10 ms here); a round repeats runs until they add up to at least 200 ms and reports work / time
 * of the runs (loop and probe creation excluded), exactly as bench.js does. Prints "name value unit
 * median runMedian" lines: the best of the measured rounds after warm-up, their median, and the
 * median rate of single runs in those rounds. Plain and probed loops alternate round by round in
 * the same JVM, so JIT state and machine load affect both alike; prints "java ..." and "java+probe
 * ..." lines. The run median is what the probe's cost is judged by: a young GC pause (15-35 ms
 * every quarter second on the setImmediate rows, which allocate 1M immediates per run) hits a
 * round or not and moves it by 10-15%, but it only makes a few runs outliers. An optional second
 * argument runs only the benchmarks whose names contain it (for profiling); an optional third,
 * "plain" or "probe", runs one mode only, as a program with the probe off or on does
 * (bench/separate.sh alternates such JVMs).
 */
public final class RuntimeBench {
  private static final int N = 1_000_000;
  private static final int CHUNK = 64 * 1024;
  private static final long GIB = 1L << 30;
  private static final int WARMUP = 10;
  private static final long ROUND_NANOS = 200_000_000L;
  private static String only = "";

  /** "plain" or "probe" to run one mode only (a JVM as a program with the probe off or on). */
  private static String mode = "";

  private static boolean probeOn;
  private static Probe probe;
  private static Path events;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    only = args.length > 1 ? args[1] : "";
    mode = args.length > 2 ? args[2] : "";
    if (!mode.isEmpty() && !mode.equals("plain") && !mode.equals("probe")) {
      throw new IllegalArgumentException("mode: plain or probe, not " + mode);
    }
    events = Files.createTempFile("bench-events", ".jsonl");
    report("setImmediate-breadth", "callbacks/s", rounds, RuntimeBench::immediateBreadth);
    report("setImmediate-depth", "callbacks/s", rounds, RuntimeBench::immediateDepth);
    report("nextTick-breadth", "callbacks/s", rounds, RuntimeBench::tickBreadth);
    report("nextTick-depth", "callbacks/s", rounds, RuntimeBench::tickDepth);
    report("pipeline-1GiB", "MB/s", rounds, RuntimeBench::pipeline);
    // Last: its three callback classes make the loop's callback call megamorphic for every
    // benchmark after it, as in a real program (not in bench.js, so not in run.sh's table).
    report(
        "setImmediate-breadth-3classes",
        "callbacks/s",
        rounds,
        RuntimeBench::immediateBreadthThreeClasses);
    if (probe != null) {
      probe.close();
    }
    Files.deleteIfExists(events);
  }

  /** One run on a fresh loop; returns the work done (callbacks or MB) and adds its time. */
  interface Bench {
    double run() throws Exception;
  }

  private static long measured;

  /**
   * A round: runs until they add up to ROUND_NANOS; work per second of the runs. Adds each run's
   * rate to {@code runRates}.
   */
  private static double round(Bench b, List<Double> runRates) throws Exception {
    measured = 0;
    double work = 0;
    while (measured < ROUND_NANOS) {
      long before = measured;
      double w = b.run();
      runRates.add(w / ((measured - before) / 1e9));
      work += w;
    }
    return work / (measured / 1e9);
  }

  private static void report(String name, String unit, int rounds, Bench b) throws Exception {
    if (!name.contains(only)) {
      return;
    }
    // Warm-up: at least 10 rounds and 3 s of each, so the JIT has compiled the hot paths even
    // on a loaded machine.
    long warmUntil = System.nanoTime() + 3_000_000_000L;
    for (int i = 0; i < WARMUP || System.nanoTime() < warmUntil; i++) {
      probeOn = mode.isEmpty() ? i % 2 == 1 : mode.equals("probe");
      round(b, new ArrayList<>());
    }
    double[] plain = new double[rounds];
    double[] probed = new double[rounds];
    List<Double> plainRuns = new ArrayList<>();
    List<Double> probedRuns = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      if (!mode.equals("probe")) {
        probeOn = false;
        plain[i] = round(b, plainRuns);
      }
      if (!mode.equals("plain")) {
        probeOn = true;
        probed[i] = round(b, probedRuns);
      }
    }
    // Best round: the machine is shared, and interference only ever makes a round slower.
    Arrays.sort(plain);
    Arrays.sort(probed);
    if (!mode.equals("probe")) {
      System.out.println(
        String.format(
            Locale.ROOT,
            "java %s %.0f %s %.0f %.0f",
            name,
            plain[rounds - 1],
            unit,
            plain[rounds / 2],
            median(plainRuns)));
    }
    if (!mode.equals("plain")) {
      System.out.println(
        String.format(
            Locale.ROOT,
            "java+probe %s %.0f %s %.0f %.0f",
            name,
            probed[rounds - 1],
            unit,
            probed[rounds / 2],
            median(probedRuns)));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static EventLoop loop() {
    EventLoop.Builder b = EventLoop.builder();
    if (probeOn) {
      // One probe for the whole benchmark, as a program has one: a probe serves loops one after
      // another, so its watchdog and writer threads are not started again for every 10 ms run.
      if (probe == null) {
        probe = Probe.create(ProbeOptions.defaults(events));
      }
      b.observer(probe);
    }
    return b.build();
  }

  private static double done(double work, long startNanos) {
    measured += System.nanoTime() - startNanos;
    return work;
  }

  private static int counter;

  private static double immediateBreadth() {
    EventLoop loop = loop();
    counter = 0;
    long start = System.nanoTime();
    loop.run(
        () -> {
          Runnable cb = () -> counter++;
          for (int i = 0; i < N; i++) {
            loop.setImmediate(cb);
          }
        });
    check(counter == N);
    return done(N, start);
  }

  /** As immediateBreadth, with callbacks of three classes: the JIT cannot inline them. */
  private static double immediateBreadthThreeClasses() {
    EventLoop loop = loop();
    counter = 0;
    long start = System.nanoTime();
    loop.run(
        () -> {
          Runnable[] callbacks = {() -> counter++, () -> counter += 1, () -> counter = counter + 1};
          for (int i = 0; i < N; i++) {
            loop.setImmediate(callbacks[i % 3]);
          }
        });
    check(counter == N);
    return done(N, start);
  }

  private static double immediateDepth() {
    EventLoop loop = loop();
    counter = 0;
    long start = System.nanoTime();
    Runnable[] again = new Runnable[1];
    again[0] =
        () -> {
          if (++counter < N) {
            loop.setImmediate(again[0]);
          }
        };
    loop.run(() -> loop.setImmediate(again[0]));
    check(counter == N);
    return done(N, start);
  }

  private static double tickBreadth() {
    EventLoop loop = loop();
    counter = 0;
    long start = System.nanoTime();
    loop.run(
        () -> {
          Runnable cb = () -> counter++;
          for (int i = 0; i < N; i++) {
            loop.nextTick(cb);
          }
        });
    check(counter == N);
    return done(N, start);
  }

  private static double tickDepth() {
    EventLoop loop = loop();
    counter = 0;
    long start = System.nanoTime();
    Runnable[] again = new Runnable[1];
    again[0] =
        () -> {
          if (++counter < N) {
            loop.nextTick(again[0]);
          }
        };
    loop.run(() -> loop.nextTick(again[0]));
    check(counter == N);
    return done(N, start);
  }

  private static double pipeline() {
    EventLoop loop = loop();
    byte[] chunk = new byte[CHUNK];
    long chunks = GIB / CHUNK;
    long[] sent = {0};
    long[] received = {0};
    Throwable[] result = {new AssertionError("no callback")};
    long start = System.nanoTime();
    loop.run(
        () -> {
          Readable src =
              new Readable(
                  loop,
                  StreamOptions.options()
                      .highWaterMark(CHUNK)
                      .read(
                          (self, n) -> {
                            if (sent[0] < chunks) {
                              sent[0]++;
                              self.push(chunk);
                            } else {
                              self.push(null);
                            }
                          }));
          Transform tr =
              new Transform(
                  loop,
                  StreamOptions.options().highWaterMark(CHUNK).transform((c, cb) -> cb.done(null, c)));
          Writable dst =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .highWaterMark(CHUNK)
                      .write(
                          (c, cb) -> {
                            received[0] += ((byte[]) c).length;
                            cb.ok();
                          }));
          Streams.pipeline(err -> result[0] = err, src, tr, dst);
        });
    check(result[0] == null && received[0] == GIB);
    return done(GIB / 1e6, start);
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("benchmark did not complete");
    }
  }
}
