package dev.asynclint.runtime;

/**
 * A FIFO of fixed-size segments, like Node's FixedQueue (lib/internal/fixed_queue.js) behind
 * nextTick: growing allocates a segment instead of copying, and no array gets large. An {@code
 * ArrayDeque} holding 1,000,000 queued callbacks had a 4 MB array, which G1 allocates as a
 * humongous (old) object: every store into it took the slow write barrier, and each doubling copied
 * it. Not thread-safe; nulls are rejected as {@code ArrayDeque} does.
 */
final class TaskQueue<T> {
  private static final int SEGMENT = 1024;

  private static final class Segment {
    final Object[] items = new Object[SEGMENT];
    int head;
    int tail;
    Segment next;
  }

  private Segment head = new Segment();
  private Segment tail = head;
  private Segment spare;

  void add(T item) {
    if (item == null) {
      throw new NullPointerException();
    }
    Segment t = tail;
    if (t.tail == SEGMENT) {
      if (t == head && t.head == SEGMENT) {
        t.head = 0;
        t.tail = 0;
      } else {
        Segment s = spare;
        if (s != null) {
          spare = null;
        } else {
          s = new Segment();
        }
        t.next = s;
        tail = s;
        t = s;
      }
    }
    t.items[t.tail++] = item;
  }

  @SuppressWarnings("unchecked")
  T poll() {
    Segment h = head;
    if (h.head == h.tail) {
      if (h == tail) {
        return null;
      }
      // An exhausted full segment: move on, keep it for reuse.
      Segment next = h.next;
      h.next = null;
      h.head = 0;
      h.tail = 0;
      spare = h;
      head = next;
      h = next;
    }
    int i = h.head;
    Object item = h.items[i];
    h.items[i] = null;
    h.head = i + 1;
    return (T) item;
  }

  boolean isEmpty() {
    // A segment after the head is only linked when an item is added to it.
    Segment h = head;
    return h == tail && h.head == h.tail;
  }

  /** Items queued (walks the segments: for once-per-phase use). */
  int size() {
    int n = 0;
    for (Segment s = head; s != null; s = s.next) {
      n += s.tail - s.head;
    }
    return n;
  }
}
