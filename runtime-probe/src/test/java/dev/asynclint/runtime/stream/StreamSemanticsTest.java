package dev.asynclint.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.runtime.Calls;
import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.VirtualClock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stream semantics of DESIGN 10, one behaviour per test. */
class StreamSemanticsTest {
  @RegisterExtension final Calls calls = new Calls();
  private final EventLoop loop = EventLoop.builder().clock(new VirtualClock()).build();
  private final List<String> log = new ArrayList<>();

  private Writable asyncSink(int hwm) {
    return new Writable(
        loop,
        StreamOptions.options().highWaterMark(hwm).write((c, cb) -> loop.setImmediate(cb::ok)));
  }

  @Test
  void defaultHighWaterMarks() {
    assertEquals(64 * 1024, new Writable(loop).writableHighWaterMark());
    assertEquals(64 * 1024, new Readable(loop).readableHighWaterMark());
    assertEquals(
        16, new Writable(loop, StreamOptions.options().objectMode(true)).writableHighWaterMark());
    EventLoop node20 = EventLoop.builder().defaultHighWaterMark(16 * 1024).build();
    assertEquals(16 * 1024, new Writable(node20).writableHighWaterMark());
    assertEquals(
        16, new Readable(node20, StreamOptions.options().objectMode(true)).readableHighWaterMark());
  }

  @Test
  void writeReturnsFalseAtHighWaterMarkCountingTheChunkAndStillBuffers() {
    loop.run(
        () -> {
          Writable w = asyncSink(10);
          assertTrue(w.write(new byte[9]));
          assertFalse(w.write(new byte[1]), "9 + 1 >= 10");
          assertFalse(w.write(new byte[100]), "still false, and buffered anyway");
          assertEquals(110, w.writableLength());
          assertTrue(w.writableNeedDrain());
          w.on("drain", calls.mustCall(() -> assertEquals(0, w.writableLength())));
        });
  }

  @Test
  void objectModeCountsChunks() {
    loop.run(
        () -> {
          Writable w =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .objectMode(true)
                      .write((c, cb) -> loop.setImmediate(cb::ok)));
          for (int i = 1; i < 16; i++) {
            assertTrue(w.write("object " + i));
          }
          assertFalse(w.write("the 16th"));
        });
  }

  @Test
  void drainOnlyAfterAFalseReturn() {
    int[] drains = {0};
    loop.run(
        () -> {
          Writable below = asyncSink(10);
          below.on("drain", () -> drains[0]++);
          below.write(new byte[5]);
          below.write(new byte[4]);
          Writable at = asyncSink(10);
          at.on("drain", calls.mustCall());
          at.write(new byte[10]);
        });
    assertEquals(0, drains[0]);
  }

  /** Order checked against Node 20: _final runs synchronously inside end(). */
  @Test
  void endRunsFinalThenFinishThenClose() {
    loop.run(
        () -> {
          Writable w =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .write(
                          (c, cb) -> {
                            log.add("_write");
                            cb.ok();
                          })
                      .doFinal(
                          cb -> {
                            log.add("_final");
                            loop.setImmediate(cb::ok);
                          }));
          w.on("prefinish", () -> log.add("prefinish"));
          w.on("finish", () -> log.add("finish"));
          w.on("close", () -> log.add("close"));
          w.end("last", err -> log.add("end callback err=" + err));
          log.add("after end()");
        });
    assertEquals(
        List.of(
            "_write",
            "_final",
            "after end()",
            "prefinish",
            "end callback err=null",
            "finish",
            "close"),
        log);
  }

  @Test
  void writeAfterEndErrorsWithNodeCode() {
    Throwable[] seen = new Throwable[2];
    loop.run(
        () -> {
          Writable w = new Writable(loop, StreamOptions.options().write((c, cb) -> cb.ok()));
          w.on("error", e -> seen[0] = (Throwable) e);
          w.end();
          assertFalse(w.write("late", err -> seen[1] = err));
        });
    assertEquals("ERR_STREAM_WRITE_AFTER_END", ((StreamError) seen[0]).code());
    assertSame(seen[0], seen[1]);
  }

  @Test
  void corkedWritesArriveAsOneWritev() {
    List<Integer> batches = new ArrayList<>();
    loop.run(
        () -> {
          Writable w =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .write((c, cb) -> fail("single write while corked"))
                      .writev(
                          (chunks, cb) -> {
                            batches.add(chunks.size());
                            cb.ok();
                          }));
          w.cork();
          for (int i = 0; i < 5; i++) {
            w.write("x");
          }
          assertEquals(1, w.writableCorked());
          assertEquals(5, w.writableLength());
          loop.nextTick(w::uncork);
        });
    assertEquals(List.of(5), batches);
  }

  private static void fail(String why) {
    throw new AssertionError(why);
  }

  @Test
  void pushReturnsFalseAtReadableHighWaterMarkAndReadResumesProduction() {
    int[] reads = {0};
    loop.run(
        () -> {
          Readable r =
              new Readable(
                  loop, StreamOptions.options().highWaterMark(8).read((self, n) -> reads[0]++));
          assertTrue(r.push(new byte[4]));
          assertFalse(r.push(new byte[4]));
          assertEquals(8, r.readableLength());
          assertNull(r.readableFlowing());
          byte[] got = (byte[]) r.read(6);
          assertEquals(6, got.length);
          assertEquals(2, r.readableLength());
          assertTrue(reads[0] > 0, "reading below the mark asks the source for more");
        });
  }

  @Test
  void pausedReadableKeepsDataUntilResumed() {
    loop.run(
        () -> {
          Readable r = new Readable(loop, StreamOptions.options().read((self, n) -> {}));
          r.on("data", c -> log.add(new String((byte[]) c, StandardCharsets.UTF_8)));
          r.pause();
          r.push("one");
          loop.setImmediate(
              () -> {
                log.add("still paused, buffered=" + r.readableLength());
                r.resume();
                r.push(null);
              });
          r.on("end", calls.mustCall());
        });
    assertEquals(List.of("still paused, buffered=3", "one"), log);
  }

  @Test
  void pipelineCallsBackOnceOnSuccessAfterTheLastStreamFinishes() {
    loop.run(
        () -> {
          Readable src = Readable.from(loop, List.of("a", "b", "c"));
          PassThrough middle = new PassThrough(loop);
          Writable dst =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .write(
                          (c, cb) -> {
                            log.add(new String((byte[]) c, StandardCharsets.UTF_8));
                            cb.ok();
                          }));
          dst.on("finish", () -> log.add("finish"));
          Streams.pipeline(
              calls.mustCall(
                      (Throwable err) -> {
                        assertNull(err);
                        log.add("callback");
                      })
                  ::accept,
              src,
              middle,
              dst);
        });
    assertEquals(List.of("a", "b", "c", "finish", "callback"), log);
  }

  @Test
  void pipelineDestroysEveryStreamWhenTheSourceFails() {
    RuntimeException boom = new RuntimeException("source failed");
    Stream[] all = new Stream[3];
    loop.run(
        () -> {
          Readable src = new Readable(loop, StreamOptions.options().read((self, n) -> {}));
          PassThrough middle = new PassThrough(loop);
          Writable dst = asyncSink(16);
          all[0] = src;
          all[1] = middle;
          all[2] = dst;
          Streams.pipeline(
              calls.mustCall((Throwable err) -> assertSame(boom, err))::accept, src, middle, dst);
          loop.setTimeout(() -> src.destroy(boom), 1);
        });
    for (Stream s : all) {
      assertTrue(s.destroyed());
      assertTrue(s.closed());
    }
  }

  @Test
  void transformFlushEmitsLastChunk() {
    loop.run(
        () -> {
          Transform t =
              new Transform(
                  loop,
                  StreamOptions.options()
                      .objectMode(true)
                      .transform((c, cb) -> cb.done(null, c + "!"))
                      .flush(cb -> cb.done(null, "flushed")));
          t.on("data", c -> log.add((String) c));
          t.on("end", () -> log.add("end"));
          t.write("a");
          t.end("b");
        });
    assertEquals(List.of("a!", "b!", "flushed", "end"), log);
  }

  @Test
  void duplexWithoutHalfOpenEndsWritableSideWhenReadableEnds() {
    loop.run(
        () -> {
          Duplex d =
              new Duplex(
                  loop,
                  StreamOptions.options()
                      .allowHalfOpen(false)
                      .read((self, n) -> {})
                      .write((c, cb) -> cb.ok()));
          d.on("finish", calls.mustCall());
          d.on("close", calls.mustCall());
          d.resume();
          d.push(null);
        });
  }

  @Test
  void bufferedBytesAreReportedByMemoryUsageAndReleasedOnDestroy() {
    loop.run(
        () -> {
          Writable w =
              new Writable(loop, StreamOptions.options().write((c, cb) -> {})); // never completes
          w.write(new byte[1000]);
          w.write(new byte[500]);
          assertEquals(1500, loop.memoryUsage().streamBuffered());
          assertTrue(loop.memoryUsage().heapUsed() > 0);
          w.destroy();
        });
    assertEquals(1500, loop.peakBufferedBytes());
  }
}
