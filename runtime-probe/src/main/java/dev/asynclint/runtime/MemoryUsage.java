package dev.asynclint.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Node's {@code process.memoryUsage()}: resident set size, heap total and used, plus the bytes held
 * in this loop's stream buffers (Node counts those under {@code arrayBuffers}).
 *
 * @param rss resident set size in bytes (from /proc/self/status; heap total where unavailable)
 * @param heapTotal bytes the JVM heap currently spans
 * @param heapUsed bytes of the heap in use
 * @param streamBuffered bytes queued in Readable and Writable buffers of the loop
 */
public record MemoryUsage(long rss, long heapTotal, long heapUsed, long streamBuffered) {

  static MemoryUsage sample(long streamBuffered) {
    Runtime rt = Runtime.getRuntime();
    long total = rt.totalMemory();
    long used = total - rt.freeMemory();
    return new MemoryUsage(rss(total), total, used, streamBuffered);
  }

  private static long rss(long fallback) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or /proc unreadable: the heap size is the closest portable figure.
    }
    return fallback;
  }
}
