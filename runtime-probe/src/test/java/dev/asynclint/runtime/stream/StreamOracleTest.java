package dev.asynclint.runtime.stream;

import static dev.asynclint.runtime.stream.StreamOptions.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.NodeOutput;
import dev.asynclint.runtime.VirtualClock;
import dev.asynclint.testsupport.NodeBinaries;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test with real Node as the oracle for stream event ordering: each scenario runs as
 * src/test/resources/node-oracle/streams/NAME.js under Node 20.20.2 (installed from npm, see {@link
 * NodeBinaries}) and as the same program on the Java runtime, and the printed lines must be equal.
 * Nothing Node prints is recorded here: a port that orders a tick, a callback or an event
 * differently from Node's writable.js/readable.js/transform.js fails the build.
 *
 * <p>Each Java port follows its script statement by statement; byte chunks are byte[] (Node's
 * Buffers), printed as text or by length only, never as Buffers.
 */
class StreamOracleTest {
  private static final String NODE_VERSION = "20.20.2";
  private static Path node;

  private final EventLoop loop = EventLoop.builder().clock(new VirtualClock()).build();
  private final NodeOutput console = new NodeOutput();

  @BeforeAll
  static void installNode() throws InterruptedException {
    try {
      node = NodeBinaries.install(NODE_VERSION);
    } catch (IOException e) {
      throw new IllegalStateException(
          "the stream oracle needs node "
              + NODE_VERSION
              + ", installed with npm (is npm on the PATH?): "
              + e.getMessage(),
          e);
    }
  }

  /** Runs NAME.js under Node and {@code main} on the Java loop; their output must be equal. */
  private void check(String scenario, Runnable main) throws IOException, InterruptedException {
    String file = scenario + ".js";
    URL url = StreamOracleTest.class.getResource("/node-oracle/streams/" + file);
    if (url == null) {
      throw new IllegalStateException("no scenario script node-oracle/streams/" + file);
    }
    Path script;
    try {
      script = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    NodeBinaries.Run run = NodeBinaries.run(node, script.getParent(), file);
    assertEquals(0, run.exitCode(), () -> "node " + file + " failed:\n" + run.output());
    NodeOutput expected = new NodeOutput();
    expected.log(run.output().stripTrailing());
    loop.run(main);
    assertEquals(
        expected.lines(), console.lines(), () -> file + ": node " + NODE_VERSION + " vs Java");
  }

  // ------------------------------------------------------------------ helpers (as in the scripts)

  private void log(String line) {
    console.log(line);
  }

  /** The scripts' {@code e(err)}: 'ok', else the error's code, else its message. */
  private static String e(Object err) {
    if (err == null) {
      return "ok";
    }
    if (err instanceof StreamError se && se.code() != null) {
      return se.code();
    }
    return ((Throwable) err).getMessage();
  }

  /** A chunk as text (Node's {@code `${chunk}`} of a Buffer or string). */
  private static String str(Object chunk) {
    return chunk instanceof byte[] b
        ? new String(b, StandardCharsets.UTF_8)
        : String.valueOf(chunk);
  }

  private static int len(Object chunk) {
    return ((byte[]) chunk).length;
  }

  private void events(String name, Stream s, String... names) {
    for (String ev : names) {
      s.on(ev, () -> log(name + " '" + ev + "'"));
    }
    s.on("error", err -> log(name + " 'error' " + e(err)));
  }

  // ------------------------------------------------------------------ (a) a_sync_sink.js

  @Test
  void syncSink() throws Exception {
    check(
        "a_sync_sink",
        () -> {
          Writable w =
              new Writable(
                  loop,
                  options()
                      .highWaterMark(10)
                      .write(
                          (chunk, cb) -> {
                            log("  _write(" + len(chunk) + ")");
                            cb.ok();
                          }));
          for (String ev : List.of("drain", "prefinish", "finish", "close")) {
            w.on(ev, () -> log("'" + ev + "' length=" + w.writableLength()));
          }
          w.on("error", err -> log("'error' " + e(err)));

          sizedWrite(w, "w1", 4, false);
          sizedWrite(w, "w2", 6, false);
          sizedWrite(w, "w3", 10, false);
          sizedWrite(w, "w4", 12, false);
          sizedWrite(w, "w5", 4, true);
          sizedWrite(w, "w6", 6, true);
          sizedWrite(w, "w7", 10, true);
          sizedWrite(w, "w8", 12, true);
          loop.setImmediate(
              () -> {
                log("immediate 1");
                sizedWrite(w, "w9", 12, false);
                sizedWrite(w, "w10", 4, true);
                w.cork();
                sizedWrite(w, "w11", 6, false);
                sizedWrite(w, "w12", 6, true);
                sizedWrite(w, "w13", 1, false);
                w.uncork();
                log(
                    "uncorked length="
                        + w.writableLength()
                        + " needDrain="
                        + w.writableNeedDrain());
                loop.setImmediate(
                    () -> {
                      log("immediate 2");
                      w.cork();
                      sizedWrite(w, "w14", 6, true);
                      sizedWrite(w, "w15", 6, false);
                      w.uncork();
                      w.end(err -> log("end cb " + e(err)));
                      log(
                          "end() returned ended="
                              + w.writableEnded()
                              + " finished="
                              + w.writableFinished());
                      loop.nextTick(() -> log("tick after end"));
                      loop.setImmediate(() -> log("immediate 3"));
                    });
              });
        });
  }

  /** The write(id, size, withCb) of a_sync_sink.js and b_async_sink.js. */
  private void sizedWrite(WritableStream w, String id, int size, boolean withCb) {
    boolean r =
        withCb
            ? w.write(new byte[size], err -> log("cb " + id + " " + e(err)))
            : w.write(new byte[size]);
    log(
        "write "
            + id
            + " ("
            + size
            + (withCb ? ", cb" : "")
            + ") -> "
            + r
            + " length="
            + w.writableLength()
            + " needDrain="
            + w.writableNeedDrain());
    loop.nextTick(() -> log("tick after " + id));
  }

  // ------------------------------------------------------------------ (b) b_async_sink.js

  @Test
  void asyncSink() throws Exception {
    check(
        "b_async_sink",
        () -> {
          Writable w =
              new Writable(
                  loop,
                  options()
                      .highWaterMark(10)
                      .write(
                          (chunk, cb) -> {
                            log("  _write(" + len(chunk) + ")");
                            loop.setImmediate(
                                () -> {
                                  log("  _write(" + len(chunk) + ") calls back");
                                  cb.ok();
                                });
                          })
                      .doFinal(
                          cb -> {
                            log("  _final");
                            loop.setImmediate(
                                () -> {
                                  log("  _final calls back");
                                  cb.ok();
                                });
                          }));
          for (String ev : List.of("drain", "prefinish", "finish", "close")) {
            w.on(
                ev,
                () ->
                    log(
                        "'"
                            + ev
                            + "' length="
                            + w.writableLength()
                            + " needDrain="
                            + w.writableNeedDrain()));
          }
          w.on("error", err -> log("'error' " + e(err)));

          sizedWrite(w, "w1", 4, true);
          sizedWrite(w, "w2", 4, false);
          sizedWrite(w, "w3", 4, true);
          sizedWrite(w, "w4", 2, false);
          loop.setImmediate(() -> log("immediate A"));
          w.once(
              "drain",
              () -> {
                log("drain handler writes again");
                sizedWrite(w, "w5", 8, true);
                sizedWrite(w, "w6", 3, false);
                w.end(new byte[3], err -> log("end cb " + e(err)));
                log(
                    "end(3 bytes) returned length="
                        + w.writableLength()
                        + " needDrain="
                        + w.writableNeedDrain()
                        + " ended="
                        + w.writableEnded());
                loop.nextTick(() -> log("tick after end"));
                loop.setImmediate(() -> log("immediate B"));
              });
        });
  }

  // ------------------------------------------------------------------ (c) c_object_mode.js

  @Test
  void objectMode() throws Exception {
    check(
        "c_object_mode",
        () -> {
          Writable w =
              new Writable(
                  loop,
                  options()
                      .objectMode(true)
                      .highWaterMark(2)
                      .write(
                          (obj, cb) -> {
                            log("  _write(" + obj + ")");
                            cb.ok();
                          }));
          for (String ev : List.of("drain", "prefinish", "finish", "close")) {
            w.on(ev, () -> log("'" + ev + "' length=" + w.writableLength()));
          }
          w.on("error", err -> log("'error' " + e(err)));

          // One function object each, as the script's `same` and `other`: Node coalesces the
          // after-write callbacks of consecutive writes by identity.
          Done same = err -> log("same cb " + e(err));
          Done other = err -> log("other cb " + e(err));

          objectWrite(w, "a", same, "same");
          objectWrite(w, "b", same, "same");
          objectWrite(w, "c", null, null);
          objectWrite(w, "d", same, "same");
          objectWrite(w, "e", null, null);
          objectWrite(w, "f", other, "other");
          objectWrite(w, "g", same, "same");
          loop.setImmediate(
              () -> {
                log("immediate 1");
                objectWrite(w, "h", null, null);
                objectWrite(w, "i", null, null);
                w.cork();
                objectWrite(w, "j", same, "same");
                objectWrite(w, "k", null, null);
                objectWrite(w, "l", same, "same");
                w.uncork();
                log(
                    "uncorked length="
                        + w.writableLength()
                        + " needDrain="
                        + w.writableNeedDrain());
                loop.setImmediate(
                    () -> {
                      log("immediate 2");
                      objectWrite(w, "m", same, "same");
                      w.end("n", err -> log("end cb " + e(err)));
                      log("end('n') returned finished=" + w.writableFinished());
                      loop.nextTick(() -> log("tick after end"));
                    });
              });
        });
  }

  private void objectWrite(Writable w, String obj, Done cb, String cbName) {
    boolean r = cb != null ? w.write(obj, cb) : w.write(obj);
    log(
        "write "
            + obj
            + (cb != null ? " (" + cbName + ")" : "")
            + " -> "
            + r
            + " length="
            + w.writableLength());
    loop.nextTick(() -> log("tick after " + obj));
  }

  // ------------------------------------------------------------------ (d) pipelines

  private static final List<String> CHUNKS = List.of("aaa", "bbb", "ccc", "ddd", "eee");

  /** The scripts' src: pushes one 3-byte chunk per _read, then null. */
  private Readable chunkSource(boolean logLength) {
    int[] next = {0};
    return new Readable(
        loop,
        options()
            .highWaterMark(4)
            .read(
                (self, size) -> {
                  if (next[0] < CHUNKS.size()) {
                    String c = CHUNKS.get(next[0]++);
                    boolean r = self.push(c);
                    log(
                        "  src push("
                            + c
                            + ") -> "
                            + r
                            + (logLength ? " length=" + self.readableLength() : ""));
                  } else {
                    log("  src push(null)");
                    self.push(null);
                  }
                }));
  }

  private Transform upperCase() {
    return new Transform(
        loop,
        options()
            .highWaterMark(4)
            .transform(
                (chunk, cb) -> {
                  log("  tr _transform(" + str(chunk) + ")");
                  cb.done(null, str(chunk).toUpperCase(Locale.ROOT));
                }));
  }

  @Test
  void pipelineSync() throws Exception {
    check(
        "d_pipeline_sync",
        () -> {
          Readable src = chunkSource(true);
          Transform tr = upperCase();
          Writable dst =
              new Writable(
                  loop,
                  options()
                      .highWaterMark(4)
                      .write(
                          (chunk, cb) -> {
                            log("  dst _write(" + str(chunk) + ")");
                            cb.ok();
                          }));

          Streams.pipeline(err -> log("pipeline cb " + e(err)), src, tr, dst);

          events("src", src, "end", "close", "pause", "resume");
          events("tr", tr, "end", "close", "pause", "resume", "drain", "prefinish", "finish");
          events("dst", dst, "drain", "prefinish", "finish", "close");
          tr.on("data", c -> log("tr 'data' " + str(c)));
          loop.nextTick(() -> log("tick 1"));
          loop.setImmediate(() -> log("immediate 1"));
        });
  }

  @Test
  void pipeIntoAsyncSink() throws Exception {
    check(
        "d_pipe_async_sink",
        () -> {
          Readable src = chunkSource(false);
          Transform tr = upperCase();
          Writable dst =
              new Writable(
                  loop,
                  options()
                      .highWaterMark(4)
                      .write(
                          (chunk, cb) -> {
                            log("  dst _write(" + str(chunk) + ")");
                            loop.setImmediate(
                                () -> {
                                  log("  dst _write(" + str(chunk) + ") calls back");
                                  cb.ok();
                                });
                          }));

          events("src", src, "end", "close", "pause", "resume");
          events("tr", tr, "end", "close", "pause", "resume", "drain", "finish");
          events("dst", dst, "drain", "finish", "close");

          src.pipe(tr).pipe(dst);
          loop.nextTick(() -> log("tick 1"));
          loop.setImmediate(() -> log("immediate 1"));
        });
  }

  @Test
  void pipelineError() throws Exception {
    check(
        "d_pipeline_error",
        () -> {
          List<String> chunks = List.of("aaa", "bbb", "bad", "ddd", "eee");
          int[] next = {0};
          Readable src =
              new Readable(
                  loop,
                  options()
                      .highWaterMark(4)
                      .read(
                          (self, size) -> {
                            if (next[0] < chunks.size()) {
                              String c = chunks.get(next[0]++);
                              log("  src push(" + c + ") -> " + self.push(c));
                            } else {
                              log("  src push(null)");
                              self.push(null);
                            }
                          }));
          Transform tr =
              new Transform(
                  loop,
                  options()
                      .highWaterMark(4)
                      .transform(
                          (chunk, cb) -> {
                            log("  tr _transform(" + str(chunk) + ")");
                            if (str(chunk).equals("bad")) {
                              cb.done(new RuntimeException("bad chunk"), null);
                            } else {
                              cb.done(null, chunk);
                            }
                          }));
          Writable dst =
              new Writable(
                  loop,
                  options()
                      .highWaterMark(4)
                      .write(
                          (chunk, cb) -> {
                            log("  dst _write(" + str(chunk) + ")");
                            loop.setImmediate(
                                () -> {
                                  log("  dst _write(" + str(chunk) + ") calls back");
                                  cb.ok();
                                });
                          }));

          Streams.pipeline(
              err ->
                  log(
                      "pipeline cb "
                          + e(err)
                          + " destroyed: src="
                          + src.destroyed()
                          + " tr="
                          + tr.destroyed()
                          + " dst="
                          + dst.destroyed()),
              src,
              tr,
              dst);

          events("src", src, "end", "close", "pause", "resume");
          events("tr", tr, "end", "close", "finish", "unpipe");
          events("dst", dst, "drain", "finish", "close", "unpipe");
          loop.nextTick(() -> log("tick 1"));
          loop.setImmediate(() -> log("immediate 1"));
        });
  }

  // ------------------------------------------------------------------ (e) e_transform_push_null.js

  @Test
  void transformPushNull() throws Exception {
    check(
        "e_transform_push_null",
        () -> {
          Transform[] self = new Transform[1];
          Transform tr =
              new Transform(
                  loop,
                  options()
                      .highWaterMark(4)
                      .transform(
                          (chunk, cb) -> {
                            String s = str(chunk);
                            log("  _transform(" + s + ")");
                            if (s.equals("stop")) {
                              self[0].push("last");
                              self[0].push(null);
                              log("  pushed null");
                              cb.done(null, null);
                              log("  called back");
                            } else {
                              cb.done(null, s);
                            }
                          }));
          self[0] = tr;
          for (String ev :
              List.of("end", "close", "prefinish", "finish", "drain", "resume", "pause")) {
            tr.on(
                ev,
                () ->
                    log(
                        "'"
                            + ev
                            + "' readableEnded="
                            + tr.readableEnded()
                            + " writableLength="
                            + tr.writableLength()));
          }
          tr.on("error", err -> log("'error' " + e(err)));
          tr.on("data", c -> log("'data' " + str(c)));

          boolean r = tr.write("ab", err -> log("cb ab " + e(err)));
          log("write ab -> " + r);
          r = tr.write("stop", err -> log("cb stop " + e(err)));
          log("write stop -> " + r + " writableLength=" + tr.writableLength());
          r = tr.write("cd", err -> log("cb cd " + e(err)));
          log("write cd -> " + r + " writableLength=" + tr.writableLength());
          loop.nextTick(() -> log("tick 1"));
          loop.setImmediate(
              () -> {
                log("immediate 1");
                tr.end(err -> log("end cb " + e(err)));
                loop.nextTick(() -> log("tick 2"));
              });
        });
  }

  // ------------------------------------------------------------------ (e) e_transform_flush.js

  @Test
  void transformFlush() throws Exception {
    check(
        "e_transform_flush",
        () ->
            flushing(
                "sync",
                false,
                () -> loop.setImmediate(() -> flushing("async", true, () -> log("done")))));
  }

  private void flushing(String name, boolean asyncFlush, Runnable next) {
    Transform tr =
        new Transform(
            loop,
            options()
                .transform(
                    (chunk, cb) -> {
                      log("  " + name + " _transform(" + str(chunk) + ")");
                      cb.done(null, str(chunk).toUpperCase(Locale.ROOT));
                    })
                .flush(
                    cb -> {
                      log("  " + name + " _flush");
                      if (asyncFlush) {
                        loop.setImmediate(
                            () -> {
                              log("  " + name + " _flush calls back");
                              cb.done(null, "tail");
                            });
                      } else {
                        cb.done(null, "tail");
                      }
                    }));
    for (String ev : List.of("prefinish", "finish", "end", "close")) {
      tr.on(ev, () -> log(name + " '" + ev + "'"));
    }
    tr.on("error", err -> log(name + " 'error' " + e(err)));
    tr.on("data", c -> log(name + " 'data' " + str(c)));
    tr.on("close", next);
    tr.write("x", err -> log(name + " cb x " + e(err)));
    tr.end("y", err -> log(name + " end cb " + e(err)));
    log(name + " end() returned");
    loop.nextTick(() -> log(name + " tick 1"));
    loop.setImmediate(() -> log(name + " immediate 1"));
  }

  // ------------------------------------------------------------------ (e) e_transform_readable.js

  @Test
  void transformReadInPausedMode() throws Exception {
    check(
        "e_transform_readable",
        () -> {
          Transform tr =
              new Transform(
                  loop,
                  options()
                      .highWaterMark(4)
                      .transform(
                          (chunk, cb) -> {
                            log("  _transform(" + str(chunk) + ")");
                            cb.done(null, chunk);
                          }));
          for (String ev : List.of("drain", "prefinish", "finish", "end", "close")) {
            tr.on(
                ev,
                () ->
                    log(
                        "'"
                            + ev
                            + "' writableLength="
                            + tr.writableLength()
                            + " readableLength="
                            + tr.readableLength()));
          }
          tr.on("error", err -> log("'error' " + e(err)));

          for (String c : List.of("aaa", "bbb", "ccc", "ddd")) {
            boolean r = tr.write(c, err -> log("cb " + c + " " + e(err)));
            log(
                "write "
                    + c
                    + " -> "
                    + r
                    + " writableLength="
                    + tr.writableLength()
                    + " readableLength="
                    + tr.readableLength());
          }
          loop.nextTick(() -> log("tick 1"));
          tr.once(
              "drain",
              () -> {
                tr.end("eee", err -> log("end cb " + e(err)));
                log("  end(eee) returned");
              });
          loop.setImmediate(
              () -> {
                log("immediate 1: listening for readable");
                tr.on(
                    "readable",
                    () -> {
                      log("'readable' readableLength=" + tr.readableLength());
                      Object c;
                      while ((c = tr.read(2)) != null) {
                        log("  read(2) -> " + str(c));
                      }
                      log("  read(2) -> null");
                    });
              });
        });
  }

  // ------------------------------------------------------------------ (e) e_cork_writev.js

  @Test
  void corkWritev() throws Exception {
    check(
        "e_cork_writev",
        () -> {
          Writable w =
              new Writable(
                  loop,
                  options()
                      .highWaterMark(10)
                      .write(
                          (chunk, cb) -> {
                            log("  _write(" + str(chunk) + ")");
                            cb.ok();
                          })
                      .writev(
                          (chunks, cb) -> {
                            log(
                                "  _writev("
                                    + chunks.stream()
                                        .map(StreamOracleTest::str)
                                        .collect(Collectors.joining(","))
                                    + ")");
                            cb.ok();
                          }));
          for (String ev : List.of("drain", "prefinish", "finish", "close")) {
            w.on(ev, () -> log("'" + ev + "' length=" + w.writableLength()));
          }
          w.on("error", err -> log("'error' " + e(err)));

          log("-- all without callbacks");
          w.cork();
          textWrite(w, "aaaa", false);
          textWrite(w, "bbbb", false);
          textWrite(w, "cccc", false);
          w.uncork();
          log("uncorked length=" + w.writableLength());
          loop.nextTick(() -> log("tick 1"));
          loop.setImmediate(
              () -> {
                log("-- some with callbacks");
                w.cork();
                textWrite(w, "dd", true);
                textWrite(w, "ee", false);
                w.cork();
                textWrite(w, "ff", true);
                w.uncork();
                log("one uncork: corked=" + w.writableCorked() + " length=" + w.writableLength());
                w.uncork();
                log("uncorked length=" + w.writableLength());
                loop.nextTick(() -> log("tick 2"));
                loop.setImmediate(
                    () -> {
                      log("-- one buffered chunk: _write, not _writev");
                      w.cork();
                      textWrite(w, "gg", true);
                      w.uncork();
                      loop.nextTick(() -> log("tick 3"));
                      loop.setImmediate(
                          () -> {
                            log(
                                "-- corked twice, no callbacks, below the highWaterMark: end()"
                                    + " uncorks");
                            w.cork();
                            w.cork();
                            textWrite(w, "hh", false);
                            textWrite(w, "ii", false);
                            w.end(err -> log("end cb " + e(err)));
                            log("end() returned corked=" + w.writableCorked());
                            loop.nextTick(() -> log("tick 4"));
                          });
                    });
              });
        });
  }

  private void textWrite(Writable w, String s, boolean withCb) {
    boolean r = withCb ? w.write(s, err -> log("cb " + s + " " + e(err))) : w.write(s);
    log("write " + s + (withCb ? " (cb)" : "") + " -> " + r + " length=" + w.writableLength());
  }

  // ------------------------------------------------------------------ (e) e_destroy_buffered.js

  private Writable destroyable(String name, boolean asyncSink) {
    Writable w =
        new Writable(
            loop,
            options()
                .highWaterMark(10)
                .write(
                    (chunk, cb) -> {
                      log("  " + name + " _write(" + str(chunk) + ")");
                      if (asyncSink) {
                        loop.setImmediate(
                            () -> {
                              log("  " + name + " _write(" + str(chunk) + ") calls back");
                              cb.ok();
                            });
                      } else {
                        cb.ok();
                      }
                    }));
    for (String ev : List.of("drain", "prefinish", "finish", "close")) {
      w.on(ev, () -> log(name + " '" + ev + "' length=" + w.writableLength()));
    }
    w.on("error", err -> log(name + " 'error' " + e(err)));
    return w;
  }

  @Test
  void destroyBuffered() throws Exception {
    check(
        "e_destroy_buffered",
        () -> {
          Writable a = destroyable("a", false);
          a.cork();
          a.write("one", err -> log("a cb one " + e(err)));
          a.write("two");
          a.write("three", err -> log("a cb three " + e(err)));
          log("a before destroy length=" + a.writableLength() + " corked=" + a.writableCorked());
          a.destroy();
          log(
              "a destroyed="
                  + a.destroyed()
                  + " closed="
                  + a.closed()
                  + " length="
                  + a.writableLength());
          a.end(err -> log("a end cb " + e(err)));
          log("a end() returned corked=" + a.writableCorked() + " length=" + a.writableLength());
          loop.nextTick(() -> log("tick a closed=" + a.closed()));

          loop.setImmediate(
              () -> {
                Writable b = destroyable("b", true);
                b.write("four", err -> log("b cb four " + e(err)));
                b.write("five", err -> log("b cb five " + e(err)));
                b.write("six");
                b.end("seven", err -> log("b end cb " + e(err)));
                log("b before destroy length=" + b.writableLength());
                b.destroy(new RuntimeException("boom"));
                log(
                    "b destroyed="
                        + b.destroyed()
                        + " closed="
                        + b.closed()
                        + " errored="
                        + e(b.errored())
                        + " length="
                        + b.writableLength());
                boolean r = b.write("eight", err -> log("b cb eight " + e(err)));
                log("b write after destroy -> " + r);
                loop.nextTick(() -> log("tick b"));
                loop.setImmediate(() -> log("immediate b"));
              });
        });
  }

  // ------------------------------------------------------------------ (e) e_write_after_end.js

  private Writable endable(String name) {
    Writable w =
        new Writable(
            loop,
            options()
                .write(
                    (chunk, cb) -> {
                      log("  " + name + " _write(" + str(chunk) + ")");
                      cb.ok();
                    }));
    for (String ev : List.of("prefinish", "finish", "close")) {
      w.on(ev, () -> log(name + " '" + ev + "'"));
    }
    w.on("error", err -> log(name + " 'error' " + e(err) + " destroyed=" + w.destroyed()));
    return w;
  }

  @Test
  void writeAfterEnd() throws Exception {
    check(
        "e_write_after_end",
        () -> {
          Writable a = endable("a");
          a.write("x");
          a.end("y");
          boolean r = a.write("z", err -> log("a cb z " + e(err)));
          log(
              "a write after end -> "
                  + r
                  + " destroyed="
                  + a.destroyed()
                  + " errored="
                  + e(a.errored()));
          a.end(err -> log("a second end cb " + e(err)));
          loop.nextTick(() -> log("tick a"));

          loop.setImmediate(
              () -> {
                Writable b = endable("b");
                b.on(
                    "finish",
                    () -> {
                      log("b finish handler: end(cb) again, write()");
                      b.end(err -> log("b end cb after finish " + e(err)));
                      boolean r2 = b.write("late", err -> log("b cb late " + e(err)));
                      log("b write after finish -> " + r2);
                      loop.nextTick(() -> log("tick b"));
                    });
                b.end("only", err -> log("b end cb " + e(err)));
              });
        });
  }

  // ------------------------------------------------------------------ (e) e_end_after_error.js

  @Test
  void endAfterError() throws Exception {
    check(
        "e_end_after_error",
        () -> failing("a", true, () -> failing("b", false, () -> log("done"))));
  }

  private void failing(String name, boolean autoDestroy, Runnable next) {
    Writable w =
        new Writable(
            loop,
            options()
                .autoDestroy(autoDestroy)
                .write(
                    (chunk, cb) -> {
                      String s = str(chunk);
                      log("  " + name + " _write(" + s + ")");
                      cb.done(s.equals("bad") ? new RuntimeException("bad chunk") : null);
                    }));
    for (String ev : List.of("prefinish", "finish", "close")) {
      w.on(ev, () -> log(name + " '" + ev + "'"));
    }
    w.on(
        "error",
        err -> {
          log(name + " 'error' " + e(err) + " destroyed=" + w.destroyed());
          loop.nextTick(
              () -> {
                w.end(err2 -> log(name + " end cb after 'error' " + e(err2)));
                log(name + " end() after 'error' returned");
              });
        });
    w.write("ok", err -> log(name + " cb ok " + e(err)));
    boolean r = w.write("bad", err -> log(name + " cb bad " + e(err)));
    log(name + " write bad -> " + r + " errored=" + e(w.errored()) + " destroyed=" + w.destroyed());
    w.end(err -> log(name + " end cb " + e(err)));
    log(name + " end() returned ended=" + w.writableEnded());
    loop.nextTick(() -> log(name + " tick"));
    loop.setImmediate(
        () -> {
          log(name + " immediate closed=" + w.closed());
          next.run();
        });
  }

  // ------------------------------------------------------------------ (e) e_finished.js

  private Writable finishedSink(String name, StreamOptions opts) {
    Writable w = new Writable(loop, opts.write((c, cb) -> cb.ok()));
    for (String ev : List.of("finish", "close")) {
      w.on(ev, () -> log(name + " '" + ev + "'"));
    }
    w.on("error", err -> log(name + " 'error' " + e(err)));
    return w;
  }

  private Readable finishedSource(String name, StreamOptions opts) {
    Readable r = new Readable(loop, opts.read((self, n) -> {}));
    for (String ev : List.of("end", "close")) {
      r.on(ev, () -> log(name + " '" + ev + "'"));
    }
    r.on("error", err -> log(name + " 'error' " + e(err)));
    return r;
  }

  @Test
  void finished() throws Exception {
    List<Runnable> steps =
        List.of(
            () -> {
              Writable w = finishedSink("w1", options());
              Streams.finished(w, err -> log("finished w1 " + e(err)));
              w.end("x");
            },
            () -> {
              Writable w = finishedSink("w2", options());
              w.end("x");
              w.on(
                  "close",
                  () -> {
                    Streams.finished(w, err -> log("finished w2 (after close) " + e(err)));
                    loop.nextTick(() -> log("tick w2"));
                  });
            },
            () -> {
              Readable r = finishedSource("r3", options());
              Streams.finished(r, err -> log("finished r3 " + e(err)));
              r.push("a");
              r.destroy();
            },
            () -> {
              Readable r = finishedSource("r4", options().emitClose(false));
              Streams.finished(r, err -> log("finished r4 " + e(err)));
              r.resume();
              r.push("a");
              r.push(null);
            },
            () -> {
              Writable w = finishedSink("w5", options().autoDestroy(false));
              Streams.finished(w, err -> log("finished w5 " + e(err)));
              w.end("x");
            },
            () -> {
              Writable w = finishedSink("w6", options());
              Streams.finished(w, err -> log("finished w6 " + e(err)));
              w.write("x");
              w.destroy(new RuntimeException("boom"));
            },
            () -> {
              Writable w = finishedSink("w7", options().autoDestroy(false).emitClose(false));
              w.on(
                  "error",
                  () ->
                      loop.nextTick(
                          () -> {
                            Streams.finished(
                                w, err -> log("finished w7 (after 'error') " + e(err)));
                            loop.nextTick(() -> log("tick w7"));
                          }));
              w.write("x");
              w.end();
              w.write("y");
            },
            () -> {
              Readable r = finishedSource("r8", options());
              r.resume();
              r.push(null);
              r.on(
                  "end",
                  () -> {
                    Streams.finished(r, err -> log("finished r8 (in 'end') " + e(err)));
                    loop.nextTick(() -> log("tick r8"));
                  });
            });
    check("e_finished", () -> runSteps(steps, 0));
  }

  private void runSteps(List<Runnable> steps, int i) {
    if (i == steps.size()) {
      return;
    }
    log("-- step " + (i + 1));
    steps.get(i).run();
    loop.setImmediate(() -> loop.setImmediate(() -> runSteps(steps, i + 1)));
  }
}
