package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.Timeout;
import dev.asynclint.runtime.fs.Fs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Twin of {@link BlockingReadInTimer}: the same reads with {@code fs.readFile}, which runs on the
 * thread pool and calls back in the poll phase; the loop stays responsive.
 */
public final class BlockingReadInTimerFixed {
  private static long bytesRead;
  private static int reads;

  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("asynclint-sample", ".bin");
    Files.write(file, new byte[128 << 20]);
    SampleRun run = SampleRun.create();
    EventLoop loop = run.loop;
    Fs fs = new Fs(loop);
    run.run(
        5_000,
        () -> {
          Timeout[] poll = new Timeout[1];
          poll[0] =
              loop.setInterval(
                  () -> {
                    fs.readFile(
                        file.toString(),
                        (err, data) -> {
                          if (err == null) {
                            bytesRead += data.length;
                          }
                        });
                    if (++reads == 8) {
                      loop.clearInterval(poll[0]);
                    }
                  },
                  50);
        });
    Files.delete(file);
    run.report(
        "readFile (thread pool) in a timer callback",
        reads + " reads, " + (bytesRead >> 20) + " MiB, each on a pool thread");
  }
}
