package dev.asynclint.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.probe.Probe;
import dev.asynclint.probe.ProbeOptions;
import dev.asynclint.runtime.EventLoop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 MB in 64 KiB chunks: through pipeline() the buffers stay bounded by the highWaterMarks;
 * written in a loop that ignores write()'s result, everything piles up in the Writable and the
 * probe reports the ignoring write. One shared chunk array is reused, so the test measures the
 * streams' accounting, not the JVM heap.
 */
class BigTransferTest {
  private static final int CHUNK = 64 * 1024;
  private static final int CHUNKS = 3200; // 200 MiB
  private static final long TOTAL = (long) CHUNK * CHUNKS;
  private final byte[] chunk = new byte[CHUNK];
  @TempDir Path dir;

  @Test
  void pipelineStaysBoundedByHighWaterMarks() throws IOException {
    Probe probe = Probe.create(ProbeOptions.defaults(dir.resolve("events.jsonl")));
    EventLoop loop = EventLoop.builder().observer(probe).build();
    long[] received = {0};
    int[] sent = {0};
    Throwable[] result = {new AssertionError("no callback")};
    loop.run(
        () -> {
          Readable src =
              new Readable(
                  loop,
                  StreamOptions.options()
                      .read(
                          (self, n) -> {
                            if (sent[0] < CHUNKS) {
                              sent[0]++;
                              self.push(chunk);
                            } else {
                              self.push(null);
                            }
                          }));
          Writable dst =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .write(
                          (c, cb) -> {
                            received[0] += ((byte[]) c).length;
                            loop.setImmediate(cb::ok); // a sink slower than the source
                          }));
          Streams.pipeline(err -> result[0] = err, src, new PassThrough(loop), dst);
        });
    probe.close();
    assertNull(result[0]);
    assertEquals(TOTAL, received[0]);
    // Readable, PassThrough (both sides) and Writable each hold at most about one
    // highWaterMark plus the chunk that crossed it.
    assertTrue(
        loop.peakBufferedBytes() <= 8L * CHUNK,
        "peak buffered " + loop.peakBufferedBytes() + " bytes");
    assertEquals(
        List.of(),
        Files.readAllLines(dir.resolve("events.jsonl")).stream()
            .filter(l -> l.contains("\"kind\":\"backpressure-ignored\""))
            .toList(),
        "pipe() never ignores false");
  }

  @Test
  void ignoringWriteResultBuffersEverythingAndIsReported() throws IOException {
    Probe probe = Probe.create(ProbeOptions.defaults(dir.resolve("events.jsonl")));
    EventLoop loop = EventLoop.builder().observer(probe).build();
    long[] received = {0};
    loop.run(
        () -> {
          Writable dst =
              new Writable(
                  loop,
                  StreamOptions.options()
                      .write(
                          (c, cb) -> {
                            received[0] += ((byte[]) c).length;
                            loop.setImmediate(cb::ok);
                          }));
          for (int i = 0; i < CHUNKS; i++) {
            dst.write(chunk); // the result is ignored
          }
          dst.end();
        });
    probe.close();
    assertEquals(TOTAL, received[0]);
    assertEquals(TOTAL, loop.peakBufferedBytes(), "all 200 MiB were buffered at once");
    // (A cold JVM may also report the 3200-write callback itself as a long task.)
    List<String> events =
        Files.readAllLines(dir.resolve("events.jsonl")).stream()
            .filter(l -> l.contains("\"kind\":\"backpressure-ignored\""))
            .toList();
    assertEquals(1, events.size(), events.toString());
    String e = events.get(0);
    assertTrue(e.contains("\"kind\":\"backpressure-ignored\""), e);
    assertTrue(
        e.contains("\"method\":\"lambda$ignoringWriteResultBuffersEverythingAndIsReported$"), e);
    assertTrue(
        e.contains("\"bufferedBytes\":" + 2 * CHUNK + ",\"highWaterMark\":" + CHUNK),
        "the first chunk already reached the mark; the second write ignored that: " + e);
  }
}
