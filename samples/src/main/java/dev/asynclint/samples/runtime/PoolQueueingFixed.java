package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.fs.Fs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Twin of {@link PoolQueueing}: at most 4 reads in flight (one per pool thread); the next read
 * starts from the previous one's callback. Nothing waits in the pool queue, so a dns.lookup or
 * other fs call issued meanwhile finds a free thread.
 */
public final class PoolQueueingFixed {
  private static final int IN_FLIGHT = 4;
  private static int started;

  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("asynclint-sample", ".bin");
    Files.write(file, new byte[8 << 20]);
    SampleRun run = SampleRun.create(EventLoop.builder().threadPoolSize(4));
    Latencies latencies = new Latencies();
    Fs fs = new Fs(run.loop);
    run.run(
        30_000,
        () -> {
          for (int i = 0; i < IN_FLIGHT; i++) {
            readNext(fs, file, latencies);
          }
        });
    Files.delete(file);
    run.report("64 readFile, at most 4 in flight", latencies.summary());
  }

  private static void readNext(Fs fs, Path file, Latencies latencies) {
    if (started == PoolQueueing.READS) {
      return;
    }
    started++;
    long submitted = System.nanoTime();
    fs.readFile(
        file.toString(),
        (err, data) -> {
          latencies.add(submitted);
          readNext(fs, file, latencies);
        });
  }
}
