package dev.asynclint.probe;

/**
 * What the probe did so far.
 *
 * @param eventsWritten events on disk
 * @param eventsDropped events lost because the queue was full (or the probe closed)
 * @param stackSamples loop-thread stacks the watchdog sampled
 * @param internalErrors probe failures swallowed to protect the program
 */
public record ProbeStats(
    long eventsWritten, long eventsDropped, long stackSamples, long internalErrors) {}
