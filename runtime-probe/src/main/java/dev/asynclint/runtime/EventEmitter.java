package dev.asynclint.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Node's {@code EventEmitter}: listeners run synchronously in registration order. Emitting {@code
 * "error"} with no listener throws the error, as Node does.
 */
public class EventEmitter {
  private static final Listener[] NONE = new Listener[0];

  /** Listener arrays are replaced, never changed, so an emit in progress is unaffected. */
  private final Map<String, Listener[]> listeners = new HashMap<>(8);

  private record Listener(Consumer<Object> fn, Object key, boolean once) {}

  /** Adds a listener that receives the event's argument (or null). */
  public EventEmitter on(String event, Consumer<Object> listener) {
    return add(event, new Listener(listener, listener, false), false);
  }

  /** Adds a listener for an event whose argument it ignores. */
  public EventEmitter on(String event, Runnable listener) {
    return add(event, new Listener(x -> listener.run(), listener, false), false);
  }

  /** Adds a listener removed before its first call. */
  public EventEmitter once(String event, Consumer<Object> listener) {
    return add(event, new Listener(listener, listener, true), false);
  }

  /** Adds a listener removed before its first call. */
  public EventEmitter once(String event, Runnable listener) {
    return add(event, new Listener(x -> listener.run(), listener, true), false);
  }

  /** Adds a listener ahead of the existing ones. */
  public EventEmitter prependListener(String event, Consumer<Object> listener) {
    return add(event, new Listener(listener, listener, false), true);
  }

  /** Removes the most recently added registration of {@code listener} (a Consumer or Runnable). */
  public EventEmitter off(String event, Object listener) {
    Listener[] list = listeners.getOrDefault(event, NONE);
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
    return listeners.getOrDefault(event, NONE).length;
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
    Listener[] list = listeners.get(event);
    if (list == null || list.length == 0) {
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
        Listener[] now = listeners.getOrDefault(event, NONE);
        for (int i = 0; i < now.length; i++) {
          if (now[i] == l) {
            remove(event, now, i);
            break;
          }
        }
      }
      l.fn.accept(arg);
    }
    return true;
  }

  private void remove(String event, Listener[] list, int index) {
    Listener[] copy = new Listener[list.length - 1];
    System.arraycopy(list, 0, copy, 0, index);
    System.arraycopy(list, index + 1, copy, index, list.length - index - 1);
    listeners.put(event, copy);
  }

  private EventEmitter add(String event, Listener l, boolean first) {
    Listener[] list = listeners.getOrDefault(event, NONE);
    Listener[] copy;
    if (first) {
      copy = new Listener[list.length + 1];
      copy[0] = l;
      System.arraycopy(list, 0, copy, 1, list.length);
    } else {
      copy = Arrays.copyOf(list, list.length + 1);
      copy[list.length] = l;
    }
    listeners.put(event, copy);
    onListenerAdded(event);
    return this;
  }

  /** Hook for subclasses (Readable starts flowing when a 'data' listener is added). */
  protected void onListenerAdded(String event) {}
}
