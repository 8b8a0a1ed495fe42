package dev.asynclint.samples.backpressure;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Events handed from the loop to a bounded worker queue. */
public final class EventIngest {
  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(1024);
  private final AtomicLong dropped = new AtomicLong();

  /** Bad: a full queue silently drops the event. */
  void accept(String event) {
    queue.offer(event); // expect: RejectedOfferIgnored
  }

  /** Good: a full queue is counted and reported to the caller. */
  boolean acceptOrReject(String event) {
    if (!queue.offer(event)) {
      dropped.incrementAndGet();
      return false;
    }
    return true;
  }
}
