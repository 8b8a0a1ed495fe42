package dev.asynclint.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asynclint.runtime.fs.FileHandle;
import dev.asynclint.runtime.fs.Fs;
import dev.asynclint.runtime.net.Net;
import dev.asynclint.runtime.net.Server;
import dev.asynclint.runtime.net.Socket;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** spec/node-semantics 02, 06, 08 and 09 ported: I/O callbacks, phases, the thread pool. */
class IoOrderTest {
  @RegisterExtension final Calls calls = new Calls();
  private final NodeOutput console = new NodeOutput();
  @TempDir Path dir;

  @Test
  void immediateBeforeTimeoutInsideIoCallback02() throws IOException {
    Path file = Files.writeString(dir.resolve("02.js"), "// any file");
    EventLoop loop = EventLoop.builder().clock(new VirtualClock()).build();
    Fs fs = new Fs(loop);
    loop.run(
        () ->
            fs.readFile(
                file.toString(),
                (err, data) -> {
                  loop.setTimeout(() -> console.log("timeout 0"), 0);
                  loop.setImmediate(() -> console.log("immediate"));
                  loop.nextTick(() -> console.log("nextTick (runs right after the I/O callback)"));
                }));
    assertEquals(NodeOutput.expected("node 02_io_cb.js"), console.lines());
  }

  @Test
  void phaseOrderFromAPollCallback06() {
    EventLoop loop = EventLoop.builder().clock(new VirtualClock()).build();
    loop.run(
        () -> {
          Server server = Net.createServer(loop, s -> s.on("error", e -> {}));
          server.listen(
              0,
              "127.0.0.1",
              () -> {
                Socket[] sock = new Socket[1];
                sock[0] =
                    Net.connect(
                        loop,
                        server.address().getPort(),
                        "127.0.0.1",
                        calls.mustCall(
                            () -> {
                              console.log("[poll] connect callback");
                              loop.setTimeout(() -> console.log("[timers] setTimeout 0"), 0);
                              loop.setImmediate(() -> console.log("[check] setImmediate"));
                              sock[0].on(
                                  "close",
                                  () -> {
                                    console.log(
                                        "[close] socket \"close\" (uv close callback of a real"
                                            + " handle)");
                                    server.close(null);
                                  });
                              sock[0].destroy();
                              loop.nextTick(() -> console.log("[tick] nextTick"));
                              Promise.resolve(loop, null)
                                  .then(
                                      v -> {
                                        console.log("[micro] promise");
                                        return null;
                                      });
                            }));
              });
        });
    assertEquals(NodeOutput.expected("node 06_phases.js"), console.lines());
  }

  @Test
  void threadPoolOfFourIsBlockedByFourFifoOpens08() throws Exception {
    assertEquals(List.of("fs.open x4 blocked", "unblock", "fs.stat callback"), fifoScenario(4));
  }

  @Test
  void fifthPoolThreadServesStatWhileFourAreBlocked08() throws Exception {
    assertEquals(List.of("fs.open x4 blocked", "fs.stat callback", "unblock"), fifoScenario(5));
  }

  /**
   * 08_threadpool.js: N blocking opens of FIFOs occupy N pool threads; an fs.stat completes only
   * once a thread is free. Node printed 302 ms with 4 threads (the stat waited for the 300 ms
   * unblocking timer) and 1 ms with 5; here the order of the two says the same.
   */
  private List<String> fifoScenario(int poolSize) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
    int n = 4;
    for (int i = 0; i < n; i++) {
      Process p = new ProcessBuilder("mkfifo", dir.resolve("f" + i).toString()).start();
      assertEquals(0, p.waitFor());
    }
    EventLoop loop = EventLoop.builder().threadPoolSize(poolSize).build();
    Fs fs = new Fs(loop);
    List<String> order = new ArrayList<>();
    loop.run(
        () -> {
          for (int i = 0; i < n; i++) {
            fs.open(
                dir.resolve("f" + i).toString(),
                "r",
                calls.mustCall(
                    (Throwable err, FileHandle fd) -> {
                      if (err == null) {
                        fs.closeSync(fd);
                      }
                    }));
          }
          order.add("fs.open x4 blocked");
          boolean[] unblocked = {false};
          Runnable unblock =
              () -> {
                if (unblocked[0]) {
                  return;
                }
                unblocked[0] = true;
                order.add("unblock");
                for (int i = 0; i < n; i++) {
                  // A reader is waiting on every FIFO, so opening for writing returns at once.
                  try (FileChannel w =
                      FileChannel.open(dir.resolve("f" + i), StandardOpenOption.WRITE)) {
                    assertTrue(w.isOpen());
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              };
          // A free pool thread lets the stat finish, which then unblocks the FIFOs itself;
          // with every thread blocked only the 300 ms timer can.
          fs.stat(
              dir.toString(),
              (err, st) -> {
                order.add("fs.stat callback");
                unblock.run();
              });
          loop.setTimeout(unblock, 300);
        });
    return order;
  }

  @Test
  void poolThreadCountFollowsSizeClampedTo1024AndStartsLazily09() {
    for (int requested : new int[] {4, 128, 2000}) {
      EventLoop loop = EventLoop.builder().threadPoolSize(requested).build();
      int[] threads = {-1};
      boolean[] startedBeforeWork = {true};
      loop.run(
          () -> {
            startedBeforeWork[0] = loop.threadPoolStarted();
            new Fs(loop)
                .stat(
                    ".",
                    (err, st) ->
                        threads[0] =
                            (int)
                                Thread.getAllStackTraces().keySet().stream()
                                    .filter(t -> t.getName().startsWith("asynclint-pool-"))
                                    .filter(Thread::isAlive)
                                    .count());
          });
      assertFalse(startedBeforeWork[0], "the pool starts on first use");
      assertTrue(
          threads[0] >= Math.min(requested, 1024),
          requested + " -> at least " + Math.min(requested, 1024) + " pool threads: " + threads[0]);
      assertEquals(Math.min(requested, 1024), loop.threadPoolSize());
    }
  }

  @Test
  void poolSizeFromEnvironmentLikeLibuv() {
    assertEquals(4, ThreadPool.sizeFrom(null));
    assertEquals(5, ThreadPool.sizeFrom("5"));
    assertEquals(1024, ThreadPool.sizeFrom("2000"));
    assertEquals(1, ThreadPool.sizeFrom("0"));
    assertEquals(1, ThreadPool.sizeFrom("not a number"));
    assertEquals(1, ThreadPool.sizeFrom("-3"));
  }
}
