package dev.asynclint.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Node's {@code EventEmitter}: listeners run synchronously in registration order. Emitting {@code
 * "error"} with no listener throws the error, as Node does.
 */
public class EventEmitter {
  private final Map<String, List<Listener>> listeners = new HashMap<>();

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
    List<Listener> list = listeners.get(event);
    if (list != null) {
      for (int i = list.size() - 1; i >= 0; i--) {
        if (list.get(i).key == listener) {
          List<Listener> copy = new ArrayList<>(list);
          copy.remove(i);
          listeners.put(event, copy);
          break;
        }
      }
    }
    return this;
  }

  /** Number of listeners for {@code event}. */
  public int listenerCount(String event) {
    List<Listener> list = listeners.get(event);
    return list == null ? 0 : list.size();
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
    List<Listener> list = listeners.get(event);
    if (list == null || list.isEmpty()) {
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
    // Listeners added or removed during emit take effect next time, as in Node (copy on write).
    for (Listener l : list) {
      if (l.once) {
        removeExact(event, l);
      }
      l.fn.accept(arg);
    }
    return true;
  }

  private void removeExact(String event, Listener l) {
    List<Listener> copy = new ArrayList<>(listeners.getOrDefault(event, List.of()));
    copy.remove(l);
    listeners.put(event, copy);
  }

  private EventEmitter add(String event, Listener l, boolean first) {
    List<Listener> copy = new ArrayList<>(listeners.getOrDefault(event, List.of()));
    if (first) {
      copy.add(0, l);
    } else {
      copy.add(l);
    }
    listeners.put(event, copy);
    onListenerAdded(event);
    return this;
  }

  /** Hook for subclasses (Readable starts flowing when a 'data' listener is added). */
  protected void onListenerAdded(String event) {}
}
