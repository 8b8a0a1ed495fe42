package dev.asynclint.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.NodeOutput;
import dev.asynclint.runtime.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * spec/node-semantics 10, 11 and 12 ported line by line; the loop uses Node 20's 16 KiB default
 * highWaterMark, the version the expected output was recorded with.
 */
class NodeStreamScenariosTest {
  private final EventLoop loop =
      EventLoop.builder().clock(new VirtualClock()).defaultHighWaterMark(16 * 1024).build();
  private final NodeOutput console = new NodeOutput();

  private static String str(Object chunk) {
    return chunk instanceof byte[] b
        ? new String(b, StandardCharsets.UTF_8)
        : String.valueOf(chunk);
  }

  // ------------------------------------------------------------------ 10_writable.js

  @Test
  void writable10() {
    loop.run(this::writableStep1);
    assertEquals(NodeOutput.expected("node 10_writable.js"), console.lines());
  }

  private void writableStep1() {
    console.log(
        "default HWM bytes = "
            + loop.defaultHighWaterMark(false)
            + " , objectMode = "
            + loop.defaultHighWaterMark(true));
    console.log(
        "new Writable().writableHighWaterMark = "
            + new Writable(loop).writableHighWaterMark()
            + " , objectMode: "
            + new Writable(loop, StreamOptions.options().objectMode(true)).writableHighWaterMark());
    List<String> log = new ArrayList<>();
    Writable[] ref = new Writable[1];
    Writable w =
        new Writable(
            loop,
            StreamOptions.options()
                .highWaterMark(10)
                .write(
                    (chunk, cb) -> {
                      log.add("_write(" + ((byte[]) chunk).length + ")");
                      loop.setTimeout(cb::ok, 5);
                    })
                .doFinal(
                    cb -> {
                      log.add("_final");
                      cb.ok();
                    }));
    ref[0] = w;
    w.on(
        "drain",
        () ->
            log.add(
                "'drain' (writableLength="
                    + w.writableLength()
                    + ", needDrain="
                    + w.writableNeedDrain()
                    + ")"));
    w.on("finish", () -> log.add("'finish'"));
    w.on(
        "close",
        () -> {
          log.add("'close'");
          console.log(String.join("\n", log));
          writableStep2();
        });
    boolean r = w.write(new byte[4]);
    log.add("write 4 bytes -> " + r + " (writableLength=" + w.writableLength() + ")");
    r = w.write(new byte[5]);
    log.add("write 5 bytes -> " + r + " (writableLength=" + w.writableLength() + ")");
    r = w.write(new byte[1]);
    log.add(
        "write 1 byte  -> "
            + r
            + " (writableLength="
            + w.writableLength()
            + ", needDrain="
            + w.writableNeedDrain()
            + ")");
    r = w.write(new byte[1]);
    log.add(
        "write 1 byte  -> "
            + r
            + " (still false: caller should wait for 'drain', but data is buffered anyway)");
    w.once(
        "drain",
        () -> {
          log.add("end() after drain");
          w.end();
        });
  }

  private void writableStep2() {
    Writable w2 =
        new Writable(
            loop,
            StreamOptions.options().highWaterMark(10).write((c, cb) -> loop.setImmediate(cb::ok)));
    int[] drains = {0};
    w2.on("drain", () -> drains[0]++);
    w2.write(new byte[3]);
    w2.write(new byte[3]);
    loop.setTimeout(
        () -> {
          console.log("\nbelow-HWM writes: drain events = " + drains[0]);
          writableStep3();
        },
        20);
  }

  private void writableStep3() {
    Writable w3 = new Writable(loop, StreamOptions.options().write((c, cb) -> cb.ok()));
    w3.on("error", e -> console.log("\n'error' event: " + ((StreamError) e).code()));
    w3.end("x");
    boolean r =
        w3.write(
            "y",
            err ->
                console.log(
                    "write-after-end callback err: "
                        + (err == null ? null : ((StreamError) err).code())));
    console.log("write after end() returned " + r);
    loop.setTimeout(this::writableStep4, 10);
  }

  private void writableStep4() {
    List<String> calls = new ArrayList<>();
    Writable w4 =
        new Writable(
            loop,
            StreamOptions.options()
                .write(
                    (c, cb) -> {
                      calls.add("_write(" + str(c) + ")");
                      cb.ok();
                    })
                .writev(
                    (chunks, cb) -> {
                      calls.add(
                          "_writev(["
                              + chunks.stream()
                                  .map(NodeStreamScenariosTest::str)
                                  .collect(Collectors.joining(","))
                              + "])");
                      cb.ok();
                    }));
    w4.cork();
    w4.write("a");
    w4.write("b");
    w4.cork();
    w4.write("c");
    calls.add("corked=" + w4.writableCorked());
    w4.uncork();
    calls.add("after 1st uncork corked=" + w4.writableCorked());
    loop.nextTick(
        () -> {
          w4.uncork();
          calls.add("2nd uncork (nextTick)");
          w4.end(err -> console.log("\ncork/uncork: " + String.join(" | ", calls)));
        });
  }

  // ------------------------------------------------------------------ 11_pipeline.js

  private record Trio(Readable src, Transform tr, Writable dst) {}

  private Trio mk(String tag, List<String> log) {
    Readable src = new Readable(loop, StreamOptions.options().read((self, n) -> {}));
    Transform tr =
        new Transform(
            loop,
            StreamOptions.options()
                .transform(
                    (c, cb) -> {
                      if ("boom".equals(str(c))) {
                        cb.done(new RuntimeException("transform failed"), null);
                      } else {
                        cb.done(null, c);
                      }
                    }));
    Writable dst =
        new Writable(
            loop,
            StreamOptions.options()
                .write(
                    (c, cb) -> {
                      log.add(tag + " dst got " + str(c));
                      cb.ok();
                    }));
    for (var e : List.of(List.of("src", src), List.of("tr", tr), List.of("dst", dst))) {
      String n = (String) e.get(0);
      Stream s = (Stream) e.get(1);
      s.on("close", () -> log.add(tag + " " + n + " 'close'"));
      s.on("error", err -> log.add(tag + " " + n + " 'error': " + ((Throwable) err).getMessage()));
    }
    return new Trio(src, tr, dst);
  }

  @Test
  void pipeline11() {
    loop.run(
        () -> {
          List<String> log1 = new ArrayList<>();
          Trio a = mk("pipeline", log1);
          Streams.pipeline(
              err ->
                  log1.add(
                      "pipeline callback err="
                          + (err == null ? null : err.getMessage())
                          + "; destroyed src="
                          + a.src.destroyed()
                          + " tr="
                          + a.tr.destroyed()
                          + " dst="
                          + a.dst.destroyed()),
              a.src,
              a.tr,
              a.dst);
          a.src.push("ok1");
          loop.setTimeout(() -> a.src.push("boom"), 5);
          loop.setTimeout(
              () -> {
                console.log(String.join("\n", log1));
                List<String> log2 = new ArrayList<>();
                Trio b = mk("pipe", log2);
                b.src.pipe(b.tr).pipe(b.dst);
                b.src.push("ok1");
                loop.setTimeout(() -> b.src.push("boom"), 5);
                loop.setTimeout(
                    () -> {
                      log2.add(
                          "after error: destroyed src="
                              + b.src.destroyed()
                              + " tr="
                              + b.tr.destroyed()
                              + " dst="
                              + b.dst.destroyed());
                      console.log("\n" + String.join("\n", log2));
                      pipelineStep3();
                    },
                    30);
              },
              30);
        });
    assertEquals(NodeOutput.expected("node 11_pipeline.js"), console.lines());
  }

  private void pipelineStep3() {
    Readable src = Readable.from(loop, List.of("x", "y", "z"));
    Writable dst =
        new Writable(
            loop,
            StreamOptions.options().write((c, cb) -> cb.done(new RuntimeException("disk full"))));
    Streams.pipeline(src, dst)
        .catchError(
            e -> {
              console.log(
                  "\nstream/promises pipeline rejected: "
                      + e.getMessage()
                      + "; src.destroyed="
                      + src.destroyed());
              return null;
            })
        .then(v -> pipelineStep4());
  }

  private Object pipelineStep4() {
    // Java has no async generators; the equivalent object-mode Transform stands in for
    // `async function* (s) { for await (const c of s) yield c.toUpperCase(); }`.
    List<Object> out = new ArrayList<>();
    Transform upper =
        new Transform(
            loop,
            StreamOptions.options()
                .objectMode(true)
                .transform((c, cb) -> cb.done(null, ((String) c).toUpperCase())));
    Writable sink =
        new Writable(
            loop,
            StreamOptions.options()
                .objectMode(true)
                .write(
                    (c, cb) -> {
                      out.add(c);
                      cb.ok();
                    }));
    return Streams.pipeline(Readable.from(loop, List.of("a", "b")), upper, sink)
        .then(
            v -> {
              console.log(
                  "pipeline with async generator: "
                      + out.stream().map(String::valueOf).collect(Collectors.joining()));
              return null;
            });
  }

  // ------------------------------------------------------------------ 12_readable.js

  @Test
  void readable12() {
    loop.run(
        () -> {
          Readable r = new Readable(loop, StreamOptions.options().read((self, n) -> {}));
          List<String> states = new ArrayList<>();
          states.add("initial flowing=" + r.readableFlowing());
          r.push("a");
          states.add(
              "after push, no consumer: readableLength="
                  + r.readableLength()
                  + " (data stays buffered, paused mode)");
          r.on("data", c -> states.add("data " + str(c)));
          states.add(
              "after on('data'): flowing="
                  + r.readableFlowing()
                  + " (data delivered on next tick)");
          r.pause();
          states.add("after pause(): flowing=" + r.readableFlowing());
          r.push("b");
          loop.setImmediate(
              () -> {
                states.add("while paused, readableLength=" + r.readableLength());
                r.resume();
                states.add("after resume(): flowing=" + r.readableFlowing());
                loop.setImmediate(
                    () -> {
                      console.log(String.join("\n", states));
                      readableStep2();
                    });
              });
        });
    assertEquals(NodeOutput.expected("node 12_readable.js"), console.lines());
  }

  private void readableStep2() {
    Readable r2 = new Readable(loop, StreamOptions.options().highWaterMark(4).read((s, n) -> {}));
    List<String> rets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      boolean ok = r2.push(new byte[2]);
      rets.add(ok + "(len=" + r2.readableLength() + ")");
    }
    console.log("\nReadable HWM=4, push(2 bytes) x3 -> " + String.join(" ", rets));
    readableStep3();
  }

  private void readableStep3() {
    int[] produced = {0};
    int[] pauses = {0};
    int[] resumes = {0};
    long[] maxBuffered = {0};
    int[] drains = {0};
    Readable src =
        new Readable(
            loop,
            StreamOptions.options()
                .highWaterMark(64)
                .read(
                    (self, n) -> {
                      if (produced[0] < 200) {
                        produced[0]++;
                        self.push(new byte[16]);
                      } else {
                        self.push(null);
                      }
                    }));
    Writable[] dst = new Writable[1];
    dst[0] =
        new Writable(
            loop,
            StreamOptions.options()
                .highWaterMark(64)
                .write(
                    (c, cb) -> {
                      maxBuffered[0] = Math.max(maxBuffered[0], dst[0].writableLength());
                      loop.setTimeout(cb::ok, 0);
                    }));
    src.on("pause", () -> pauses[0]++);
    src.on("resume", () -> resumes[0]++);
    dst[0].on("drain", () -> drains[0]++);
    dst[0].on(
        "finish",
        () ->
            console.log(
                "\npipe(): chunks="
                    + produced[0]
                    + ", src 'pause' events="
                    + pauses[0]
                    + ", 'resume' events="
                    + resumes[0]
                    + ", dst 'drain'="
                    + drains[0]
                    + ", max dst.writableLength="
                    + maxBuffered[0]
                    + " (HWM 64)"));
    src.pipe(dst[0]);
  }
}
