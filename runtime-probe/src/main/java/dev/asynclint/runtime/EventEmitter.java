package dev.asynclint.runtime;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Node's {@code EventEmitter}: listeners run synchronously in registration order. Emitting {@code
 * "error"} with no listener throws the error, as Node does.
 */
public class EventEmitter {
  private static final Listener[] NONE = new Listener[0];

  // Event names and their listener arrays, in parallel arrays: an emitter has a handful of
  // event names, mostly string literals, so a scan comparing references first beats hashing
  // on the per-chunk stream paths. Listener arrays are replaced, never changed, so an emit in
  // progress is unaffected by listeners added or removed meanwhile.
  // A miss (emitting an event nobody listens to: 'pause', 'resume' ... per chunk) compares
  // cached hash codes, not strings.
  private String[] names = new String[4];
  private int[] hashes = new int[4];

  /** Bit (hash mod 64) set for every registered name: most misses end at this test. */
  private long hashBits;

  private Listener[][] lists = new Listener[4][];
  private int count;

  /** A listener: {@code fn}, or {@code run} for one that ignores the argument (one call less). */
  private record Listener(Consumer<Object> fn, Runnable run, Object key, boolean once) {}

  /** Adds a listener that receives the event's argument (or null). */
  public EventEmitter on(String event, Consumer<Object> listener) {
    return add(event, new Listener(listener, null, listener, false), false);
  }

  /** Adds a listener for an event whose argument it ignores. */
  public EventEmitter on(String event, Runnable listener) {
    return add(event, new Listener(null, listener, listener, false), false);
  }

  /** Adds a listener removed before its first call. */
  public EventEmitter once(String event, Consumer<Object> listener) {
    return add(event, new Listener(listener, null, listener, true), false);
  }

  /** Adds a listener removed before its first call. */
  public EventEmitter once(String event, Runnable listener) {
    return add(event, new Listener(null, listener, listener, true), false);
  }

  /** Adds a listener ahead of the existing ones. */
  public EventEmitter prependListener(String event, Consumer<Object> listener) {
    return add(event, new Listener(listener, null, listener, false), true);
  }

  /** Removes the most recently added registration of {@code listener} (a Consumer or Runnable). */
  public EventEmitter off(String event, Object listener) {
    Listener[] list = get(event);
    for (int i = list.length - 1; i >= 0; i--) {
      if (list[i].key == listener) {
        remove(event, list, i);
        break;
      }
    }
    return this;
  }

  /** Number of listeners for {@code event}. */
  public int listenerCount(String event) {
    return get(event).length;
  }

  /** Emits {@code event} without an argument. */
  public boolean emit(String event) {
    return emit(event, null);
  }

  /**
   * Calls every listener of {@code event} with {@code arg}; returns whether there was one. An
   * unhandled {@code "error"} is thrown.
   */
  public boolean emit(String event, Object arg) {
    Listener[] list = get(event);
    if (list.length == 0) {
      if ("error".equals(event)) {
        if (arg instanceof RuntimeException re) {
          throw re;
        }
        if (arg instanceof Error e) {
          throw e;
        }
        throw new IllegalStateException(
            "unhandled 'error' event: " + arg, arg instanceof Throwable t ? t : null);
      }
      return false;
    }
    for (Listener l : list) {
      if (l.once) {
        Listener[] now = get(event);
        for (int i = 0; i < now.length; i++) {
          if (now[i] == l) {
            remove(event, now, i);
            break;
          }
        }
      }
      if (l.run != null) {
        l.run.run();
      } else {
        l.fn.accept(arg);
      }
    }
    return true;
  }

  private Listener[] get(String event) {
    int h = event.hashCode();
    if ((hashBits & (1L << h)) == 0) {
      return NONE;
    }
    for (int i = 0; i < count; i++) {
      if (names[i] == event) {
        return lists[i];
      }
    }
    for (int i = 0; i < count; i++) {
      if (hashes[i] == h && names[i].equals(event)) {
        return lists[i];
      }
    }
    return NONE;
  }

  private void put(String event, Listener[] list) {
    for (int i = 0; i < count; i++) {
      if (names[i].equals(event)) {
        lists[i] = list;
        return;
      }
    }
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      lists = Arrays.copyOf(lists, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    hashes[count] = event.hashCode();
    hashBits |= 1L << event.hashCode();
    names[count] = event;
    lists[count++] = list;
  }

  private void remove(String event, Listener[] list, int index) {
    Listener[] copy = new Listener[list.length - 1];
    System.arraycopy(list, 0, copy, 0, index);
    System.arraycopy(list, index + 1, copy, index, list.length - index - 1);
    put(event, copy);
  }

  private EventEmitter add(String event, Listener l, boolean first) {
    Listener[] list = get(event);
    Listener[] copy;
    if (first) {
      copy = new Listener[list.length + 1];
      copy[0] = l;
      System.arraycopy(list, 0, copy, 1, list.length);
    } else {
      copy = Arrays.copyOf(list, list.length + 1);
      copy[list.length] = l;
    }
    put(event, copy);
    onListenerAdded(event);
    return this;
  }

  /** Hook for subclasses (Readable starts flowing when a 'data' listener is added). */
  protected void onListenerAdded(String event) {}
}
