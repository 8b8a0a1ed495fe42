package dev.asynclint.runtime.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.runtime.Calls;
import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.VirtualClock;
import dev.asynclint.runtime.dns.Dns;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FsTest {
  @RegisterExtension final Calls calls = new Calls();
  @TempDir Path dir;
  private final EventLoop loop = EventLoop.builder().clock(new VirtualClock()).build();
  private final Fs fs = new Fs(loop);
  private final List<String> log = new ArrayList<>();

  @Test
  void asyncCallbacksArriveInPollAfterTheCurrentCallback() {
    String file = dir.resolve("a.txt").toString();
    loop.run(
        () -> {
          fs.writeFile(
              file,
              "hello".getBytes(StandardCharsets.UTF_8),
              calls.mustCall(
                  (Throwable err, Void v) -> {
                    assertNull(err);
                    log.add("written");
                    fs.readFile(
                        file,
                        calls.mustCall(
                            (Throwable e, byte[] data) -> {
                              log.add("read " + new String(data, StandardCharsets.UTF_8));
                              fs.stat(
                                  file,
                                  calls.mustCall(
                                      (Throwable e2, FileStat st) -> log.add("size " + st.size())));
                            }));
                  }));
          log.add("main done");
        });
    assertEquals(List.of("main done", "written", "read hello", "size 5"), log);
  }

  @Test
  void errorsCarryNodeCodes() {
    String missing = dir.resolve("missing").toString();
    FsError sync = assertThrows(FsError.class, () -> fs.readFileSync(missing));
    assertEquals("ENOENT", sync.code());
    assertEquals(missing, sync.path());
    loop.run(
        () ->
            fs.readFile(
                missing,
                calls.mustCall(
                    (Throwable err, byte[] data) -> {
                      assertEquals("ENOENT", ((FsError) err).code());
                      assertNull(data);
                    })));
  }

  @Test
  void syncVariantsAndHandles() {
    String file = dir.resolve("b.bin").toString();
    fs.writeFileSync(file, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, fs.readFileSync(file));
    assertTrue(fs.statSync(file).isFile());
    FileHandle h = fs.openSync(file, "r");
    assertArrayEquals(new byte[] {1, 2}, fs.readSync(h, 2));
    fs.closeSync(h);
    assertTrue(!h.isOpen());
  }

  @Test
  void dnsLookupRunsOnThePool() {
    loop.run(
        () ->
            new Dns(loop)
                .lookup(
                    "localhost",
                    calls.mustCall(
                        (Throwable err, InetAddress a) -> {
                          assertNull(err);
                          assertTrue(a.isLoopbackAddress());
                          assertTrue(loop.threadPoolStarted());
                        })));
  }
}
