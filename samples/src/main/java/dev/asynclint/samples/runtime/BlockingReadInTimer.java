package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.Timeout;
import dev.asynclint.runtime.fs.Fs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Misuse: a timer callback re-reads a 128 MiB file with {@code readFileSync} every 50 ms. Each read
 * blocks the loop thread, so every other callback (here the delay monitor's timer) waits: the
 * event-loop delay percentiles show it. Fixed twin: {@link BlockingReadInTimerFixed}.
 */
public final class BlockingReadInTimer {
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
                    byte[] data =
                        fs.readFileSync(file.toString()); // expect: BlockingCallOnEventLoop
                    bytesRead += data.length;
                    if (++reads == 8) {
                      loop.clearInterval(poll[0]);
                    }
                  },
                  50);
        });
    Files.delete(file);
    run.report(
        "readFileSync in a timer callback (blocks the loop)",
        reads + " reads, " + (bytesRead >> 20) + " MiB, each on the loop thread");
  }
}
