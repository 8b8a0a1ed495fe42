package dev.asynclint.runtime;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Node's {@code EventEmitter}: listeners run synchronously in registration order. Emitting {@code
 * "error"} with no listener throws the error, as Node does.
 *
 * <p>The events that streams and sockets emit per chunk ({@link #DATA}, {@link #DRAIN} ...) have
 * fixed slots, so the runtime's own emits cost an array load, not a name lookup: a pipe emits nine
 * events per chunk, five of them to nobody. Any other name lives in a small list of names. The
 * String methods accept both kinds; subclasses may use the slot ids directly.
 */
public class EventEmitter {
  /** Slot ids of the well-known events, for {@link #emit(int, Object)} on hot paths. */
  public static final int DATA = 0;

  public static final int END = 1;
  public static final int ERROR = 2;
  public static final int CLOSE = 3;
  public static final int FINISH = 4;
  public static final int DRAIN = 5;
  public static final int PAUSE = 6;
  public static final int RESUME = 7;
  public static final int READABLE = 8;
  public static final int PIPE = 9;
  public static final int UNPIPE = 10;
  public static final int PREFINISH = 11;
  public static final int CONNECT = 12;
  public static final int CONNECTION = 13;
  public static final int LISTENING = 14;

  private static final String[] SLOT_NAMES = {
    "data",
    "end",
    "error",
    "close",
    "finish",
    "drain",
    "pause",
    "resume",
    "readable",
    "pipe",
    "unpipe",
    "prefinish",
    "connect",
    "connection",
    "listening"
  };
  private static final int NO_SLOT = -1;

  /**
   * Listener arrays of the well-known events, by slot; null while none was ever added. Arrays are
   * replaced, never changed, so an emit in progress is unaffected by listeners added or removed
   * meanwhile (as Node copies its listener array before calling).
   */
  private Listener[][] slots;

  // Any other event name, with its listener array at the same index.
  private String[] names = new String[0];
  private Listener[][] named = new Listener[0][];

  /**
   * A registration: {@code fn}, or {@code run} for a listener that ignores the argument (one call
   * less); {@code key} is what {@link #off} matches.
   */
  private record Listener(Consumer<Object> fn, Runnable run, Object key, boolean once) {
    void call(Object arg) {
      if (run != null) {
        run.run();
      } else {
        fn.accept(arg);
      }
    }
  }

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
        put(event, without(list, i));
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
    int slot = slotOf(event);
    if (slot != NO_SLOT) {
      return emit(slot, arg);
    }
    Listener[] list = get(event);
    if (list.length == 0) {
      return false;
    }
    callAll(list, event, arg);
    return true;
  }

  /** {@link #emit(String, Object)} for a well-known event's slot id. */
  public final boolean emit(int slot, Object arg) {
    Listener[][] s = slots;
    Listener[] list = s == null ? null : s[slot];
    if (list == null || list.length == 0) {
      if (slot == ERROR) {
        throwUnhandled(arg);
      }
      return false;
    }
    if (list.length == 1 && !list[0].once) {
      // The per-chunk case: one permanent listener.
      list[0].call(arg);
    } else {
      callAll(list, SLOT_NAMES[slot], arg);
    }
    return true;
  }

  /** {@link #listenerCount(String)} for a well-known event's slot id. */
  public final int listenerCount(int slot) {
    Listener[][] s = slots;
    Listener[] list = s == null ? null : s[slot];
    return list == null ? 0 : list.length;
  }

  /** Hook for subclasses (Readable starts flowing when a 'data' listener is added). */
  protected void onListenerAdded(String event) {}

  private void callAll(Listener[] list, String event, Object arg) {
    for (Listener l : list) {
      if (l.once) {
        Listener[] now = get(event);
        for (int i = 0; i < now.length; i++) {
          if (now[i] == l) {
            put(event, without(now, i));
            break;
          }
        }
      }
      l.call(arg);
    }
  }

  private static void throwUnhandled(Object arg) {
    if (arg instanceof RuntimeException re) {
      throw re;
    }
    if (arg instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(
        "unhandled 'error' event: " + arg, arg instanceof Throwable t ? t : null);
  }

  /** The slot of a well-known event name, or NO_SLOT. */
  private static int slotOf(String event) {
    // Identity first: the runtime and most programs pass the literals.
    for (int i = 0; i < SLOT_NAMES.length; i++) {
      if (SLOT_NAMES[i] == event) {
        return i;
      }
    }
    for (int i = 0; i < SLOT_NAMES.length; i++) {
      if (SLOT_NAMES[i].equals(event)) {
        return i;
      }
    }
    return NO_SLOT;
  }

  private static final Listener[] NONE = new Listener[0];

  private Listener[] get(String event) {
    int slot = slotOf(event);
    if (slot != NO_SLOT) {
      Listener[] list = slots == null ? null : slots[slot];
      return list == null ? NONE : list;
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(event)) {
        return named[i];
      }
    }
    return NONE;
  }

  private void put(String event, Listener[] list) {
    int slot = slotOf(event);
    if (slot != NO_SLOT) {
      if (slots == null) {
        slots = new Listener[SLOT_NAMES.length][];
      }
      slots[slot] = list;
      return;
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(event)) {
        named[i] = list;
        return;
      }
    }
    names = Arrays.copyOf(names, names.length + 1);
    named = Arrays.copyOf(named, named.length + 1);
    names[names.length - 1] = event;
    named[named.length - 1] = list;
  }

  private static Listener[] without(Listener[] list, int index) {
    Listener[] copy = new Listener[list.length - 1];
    System.arraycopy(list, 0, copy, 0, index);
    System.arraycopy(list, index + 1, copy, index, list.length - index - 1);
    return copy;
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
}
