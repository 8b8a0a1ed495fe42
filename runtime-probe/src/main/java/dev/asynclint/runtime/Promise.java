package dev.asynclint.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A JavaScript-style promise bound to a loop: reactions run as microtasks, a resolution value that
 * is itself a promise is adopted (one extra microtask hop, as in the spec's
 * NewPromiseResolveThenableJob), and a rejection nobody handles by the end of the microtask drain
 * fails the loop, as in Node 15+.
 *
 * @param <T> the fulfilment value type
 */
public final class Promise<T> {
  private enum State {
    PENDING,
    FULFILLED,
    REJECTED
  }

  private final EventLoop loop;
  private State state = State.PENDING;
  private Object result;
  private boolean handled;
  private boolean settling;
  private List<Runnable> reactions = new ArrayList<>();

  private Promise(EventLoop loop) {
    this.loop = loop;
  }

  /** {@code new Promise((resolve, reject) => ...)}; the executor runs synchronously. */
  public static <T> Promise<T> create(
      EventLoop loop, BiConsumer<Consumer<Object>, Consumer<Throwable>> executor) {
    Promise<T> p = new Promise<>(loop);
    try {
      executor.accept(p::resolveOnce, p::rejectOnce);
    } catch (RuntimeException e) {
      p.rejectOnce(e);
    }
    return p;
  }

  /** {@code Promise.resolve(value)}; a promise value is adopted. */
  public static <T> Promise<T> resolve(EventLoop loop, T value) {
    Promise<T> p = new Promise<>(loop);
    p.resolveOnce(value);
    return p;
  }

  /** {@code Promise.reject(reason)}. */
  public static <T> Promise<T> reject(EventLoop loop, Throwable reason) {
    Promise<T> p = new Promise<>(loop);
    p.rejectOnce(reason);
    return p;
  }

  /** A pending promise and its resolving functions, for callback-to-promise bridges. */
  public static <T> Promise<T> pending(EventLoop loop) {
    return new Promise<>(loop);
  }

  /** Resolves a promise made by {@link #pending}; later calls are ignored. */
  public void resolve(Object value) {
    resolveOnce(value);
  }

  /** Rejects a promise made by {@link #pending}; later calls are ignored. */
  public void reject(Throwable reason) {
    rejectOnce(reason);
  }

  /** {@code then(onFulfilled)}: a returned promise is adopted; a thrown exception rejects. */
  public <R> Promise<R> then(Function<? super T, ?> onFulfilled) {
    return then(onFulfilled, null);
  }

  /** {@code then(onFulfilled, onRejected)}. */
  public <R> Promise<R> then(
      Function<? super T, ?> onFulfilled, Function<? super Throwable, ?> onRejected) {
    Promise<R> next = new Promise<>(loop);
    handled = true;
    Runnable reaction = () -> react(next, onFulfilled, onRejected);
    if (state == State.PENDING) {
      reactions.add(reaction);
    } else {
      loop.queueMicrotask(reaction);
    }
    return next;
  }

  /** {@code catch(onRejected)} ({@code catch} is a Java keyword). */
  public <R> Promise<R> catchError(Function<? super Throwable, ?> onRejected) {
    return then(null, onRejected);
  }

  /** {@code finally(action)}: runs on either outcome and passes the outcome through. */
  public Promise<T> andFinally(Runnable action) {
    return then(
        v -> {
          action.run();
          return v;
        },
        e -> {
          action.run();
          return Promise.reject(loop, e);
        });
  }

  /** Whether the promise is still pending. */
  public boolean isPending() {
    return state == State.PENDING;
  }

  boolean handled() {
    return handled;
  }

  Throwable reason() {
    return state == State.REJECTED ? (Throwable) result : null;
  }

  @SuppressWarnings("unchecked")
  private <R> void react(
      Promise<R> next,
      Function<? super T, ?> onFulfilled,
      Function<? super Throwable, ?> onRejected) {
    try {
      if (state == State.FULFILLED) {
        next.resolveOnce(onFulfilled == null ? result : onFulfilled.apply((T) result));
      } else if (onRejected == null) {
        next.rejectOnce((Throwable) result);
      } else {
        next.resolveOnce(onRejected.apply((Throwable) result));
      }
    } catch (RuntimeException e) {
      next.rejectOnce(e);
    }
  }

  private void resolveOnce(Object value) {
    if (settling || state != State.PENDING) {
      return;
    }
    settling = true;
    if (value == this) {
      settle(State.REJECTED, new IllegalStateException("a promise cannot resolve to itself"));
    } else if (value instanceof Promise<?> other) {
      // NewPromiseResolveThenableJob: adoption takes a microtask before then() is attached.
      loop.queueMicrotask(
          () ->
              other.then(
                  v -> {
                    settle(State.FULFILLED, v);
                    return null;
                  },
                  e -> {
                    settle(State.REJECTED, e);
                    return null;
                  }));
    } else {
      settle(State.FULFILLED, value);
    }
  }

  private void rejectOnce(Throwable reason) {
    if (settling || state != State.PENDING) {
      return;
    }
    settling = true;
    settle(State.REJECTED, reason);
  }

  private void settle(State s, Object value) {
    if (state != State.PENDING) {
      return;
    }
    state = s;
    result = value;
    List<Runnable> list = reactions;
    reactions = null;
    for (Runnable r : list) {
      loop.queueMicrotask(r);
    }
    if (s == State.REJECTED && !handled) {
      loop.trackRejection(this);
    }
  }
}
