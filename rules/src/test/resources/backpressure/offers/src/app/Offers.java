package app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.SubmissionPublisher;

/** Offers whose rejection is dropped, and offers that cannot be rejected. */
public class Offers {
  private final BlockingQueue<String> bounded = new ArrayBlockingQueue<>(16);
  private final Queue<String> unbounded = new ConcurrentLinkedQueue<>();
  private final Deque<String> deque = new ArrayDeque<>();

  void enqueue(String event, Queue<String> someQueue, SubmissionPublisher<String> publisher) {
    bounded.offer(event); // expect: RejectedOfferIgnored
    someQueue.offer(event); // expect: RejectedOfferIgnored
    publisher.offer(event, null); // expect: RejectedOfferIgnored

    // Negatives: result tested, unbounded queues.
    if (!bounded.offer(event)) {
      throw new IllegalStateException("full");
    }
    boolean accepted = someQueue.offer(event);
    System.out.println(accepted);
    unbounded.offer(event);
    deque.offerFirst(event);
    Queue<String> local = new ConcurrentLinkedQueue<>();
    local.offer(event);
  }
}
