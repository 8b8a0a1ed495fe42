package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.fs.Fs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Misuse: 64 concurrent {@code fs.readFile} calls on a pool of 4 threads (the default
 * UV_THREADPOOL_SIZE). Each read holds a pool thread, so the last reads wait in the queue for the
 * earlier ones — and so would any dns.lookup or other fs call. Fixed twin: {@link
 * PoolQueueingFixed}.
 */
public final class PoolQueueing {
  static final int READS = 64;

  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("asynclint-sample", ".bin");
    Files.write(file, new byte[8 << 20]);
    SampleRun run = SampleRun.create(EventLoop.builder().threadPoolSize(4));
    Latencies latencies = new Latencies();
    Fs fs = new Fs(run.loop);
    run.run(
        30_000,
        () -> {
          for (int i = 0; i < READS; i++) {
            long submitted = System.nanoTime();
            fs.readFile(file.toString(), (err, data) -> latencies.add(submitted));
          }
        });
    Files.delete(file);
    run.report("64 concurrent readFile on 4 pool threads", latencies.summary());
  }
}
