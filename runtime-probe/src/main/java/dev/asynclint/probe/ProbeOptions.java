package dev.asynclint.probe;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the probe writes and what it counts as a problem. Defaults follow common practice for Node
 * services: a callback over 50 ms is a long task (the RAIL "long task" bound), a drain of more than
 * 10,000 ticks or 50 ms while timers or I/O wait is starvation, and pool work that waited 10 ms for
 * a thread is queued.
 *
 * @param events the JSON-lines file (appended to)
 * @param longTaskMillis report callbacks that run at least this long
 * @param sampleIntervalMillis how often the watchdog samples the loop thread's stack
 * @param tickDrainMaxCallbacks a drain running more callbacks than this is past its bound
 * @param tickDrainMaxMillis a drain running longer than this is past its bound
 * @param poolQueuedMillis report pool work that waited at least this long for a thread
 * @param queueCapacity events held in memory before new ones are dropped (and counted)
 */
public record ProbeOptions(
    Path events,
    long longTaskMillis,
    long sampleIntervalMillis,
    int tickDrainMaxCallbacks,
    long tickDrainMaxMillis,
    long poolQueuedMillis,
    int queueCapacity) {

  public ProbeOptions {
    Objects.requireNonNull(events, "events");
    if (longTaskMillis < 0
        || sampleIntervalMillis < 1
        || tickDrainMaxCallbacks < 1
        || tickDrainMaxMillis < 0
        || poolQueuedMillis < 0
        || queueCapacity < 1) {
      throw new IllegalArgumentException("invalid probe options");
    }
  }

  /** The defaults, writing to {@code events}. */
  public static ProbeOptions defaults(Path events) {
    return new ProbeOptions(events, 50, 5, 10_000, 50, 10, 4096);
  }

  /** These options with another long-task threshold. */
  public ProbeOptions withLongTaskMillis(long ms) {
    return new ProbeOptions(
        events,
        ms,
        sampleIntervalMillis,
        tickDrainMaxCallbacks,
        tickDrainMaxMillis,
        poolQueuedMillis,
        queueCapacity);
  }

  /** These options with another watchdog interval. */
  public ProbeOptions withSampleIntervalMillis(long ms) {
    return new ProbeOptions(
        events,
        longTaskMillis,
        ms,
        tickDrainMaxCallbacks,
        tickDrainMaxMillis,
        poolQueuedMillis,
        queueCapacity);
  }

  /** These options with other drain bounds. */
  public ProbeOptions withTickDrainBound(int callbacks, long millis) {
    return new ProbeOptions(
        events,
        longTaskMillis,
        sampleIntervalMillis,
        callbacks,
        millis,
        poolQueuedMillis,
        queueCapacity);
  }

  /** These options with another pool-queueing threshold. */
  public ProbeOptions withPoolQueuedMillis(long ms) {
    return new ProbeOptions(
        events,
        longTaskMillis,
        sampleIntervalMillis,
        tickDrainMaxCallbacks,
        tickDrainMaxMillis,
        ms,
        queueCapacity);
  }

  /** These options with another event queue capacity. */
  public ProbeOptions withQueueCapacity(int events) {
    return new ProbeOptions(
        this.events,
        longTaskMillis,
        sampleIntervalMillis,
        tickDrainMaxCallbacks,
        tickDrainMaxMillis,
        poolQueuedMillis,
        events);
  }
}
