package dev.asynclint.runtime.stream;

import static dev.asynclint.runtime.EventEmitter.CLOSE;
import static dev.asynclint.runtime.EventEmitter.ERROR;

import dev.asynclint.runtime.EventEmitter;
import dev.asynclint.runtime.EventLoop;

/**
 * Base of every stream: the loop it lives on, its readable and/or writable state, and Node's
 * destroy machinery (lib/internal/streams/destroy.js): destroy() marks the stream destroyed, calls
 * {@code _destroy}, then emits 'error' (if any) and 'close' on the next tick.
 */
public abstract class Stream extends EventEmitter {
  final EventLoop loop;
  ReadableState rs;
  WritableState ws;
  WriteTarget writeTarget;
  final StreamOptions options;

  Stream(EventLoop loop, StreamOptions options) {
    this.loop = loop;
    this.options = options == null ? new StreamOptions() : options;
  }

  /** The loop this stream belongs to. */
  public EventLoop loop() {
    return loop;
  }

  /** Whether destroy() was called. */
  public boolean destroyed() {
    return ws != null ? ws.destroyed : rs.destroyed;
  }

  /**
   * Node's {@code closed} getter: true once {@code _destroy} completed, which is before 'close' is
   * emitted on the next tick (the readable side's flag for readables and duplexes, as in Node).
   */
  public boolean closed() {
    return rs != null ? rs.closed : ws.closed;
  }

  /** The error the stream failed with, or null. */
  public Throwable errored() {
    return ws != null && ws.errored != null ? ws.errored : rs != null ? rs.errored : null;
  }

  /** Destroys the stream without an error. */
  public Stream destroy() {
    return destroy(null, null);
  }

  /** Destroys the stream; 'error' (if {@code error} is set) and 'close' follow on the next tick. */
  public Stream destroy(Throwable error) {
    return destroy(error, null);
  }

  /** Destroys the stream and calls {@code callback} once {@code _destroy} completes. */
  public Stream destroy(Throwable error, Done callback) {
    if (ws != null
        && !ws.destroyed
        && (ws.bufferedIndex < ws.buffered.size() || !ws.onFinished.isEmpty())) {
      // Writable.prototype.destroy: pending write and end callbacks get the error.
      WritableState w = ws;
      loop.nextTick(() -> WritableCore.errorBuffer(this, w));
    }
    if ((ws != null && ws.destroyed) || (rs != null && rs.destroyed)) {
      if (callback != null) {
        callback.ok();
      }
      return this;
    }
    checkError(error);
    if (ws != null) {
      ws.destroyed = true;
    }
    if (rs != null) {
      rs.destroyed = true;
    }
    Done onDestroy =
        new Done() {
          private boolean called;

          @Override
          public void done(Throwable err) {
            if (called) {
              return;
            }
            called = true;
            checkError(err);
            if (ws != null) {
              ws.closed = true;
            }
            if (rs != null) {
              rs.closed = true;
              releaseReadBuffer();
            }
            if (callback != null) {
              callback.done(err);
            }
            if (err != null) {
              loop.nextTick(
                  () -> {
                    emitErrorNT(err);
                    emitCloseNT();
                  });
            } else {
              loop.nextTick(Stream.this::emitCloseNT);
            }
          }
        };
    try {
      doDestroy(error, onDestroy);
    } catch (RuntimeException e) {
      onDestroy.done(e);
    }
    return this;
  }

  /** Node's {@code _destroy(err, cb)}; by default the {@code destroy} option or {@code cb(err)}. */
  protected void doDestroy(Throwable error, Done callback) {
    if (options.destroy != null) {
      options.destroy.destroy(error, callback);
    } else {
      callback.done(error);
    }
  }

  private void releaseReadBuffer() {
    // A destroyed stream's queued data can never be read: stop counting it as held.
    if (rs.length > 0) {
      loop.handles().adjustBuffered(-rs.length);
      rs.length = 0;
      rs.buffer.clear();
    }
  }

  private void checkError(Throwable err) {
    if (err != null) {
      if (ws != null && ws.errored == null) {
        ws.errored = err;
      }
      if (rs != null && rs.errored == null) {
        rs.errored = err;
      }
    }
  }

  void emitCloseNT() {
    if (ws != null) {
      ws.closeEmitted = true;
    }
    if (rs != null) {
      rs.closeEmitted = true;
    }
    if ((ws != null && ws.emitClose) || (rs != null && rs.emitClose)) {
      emit(CLOSE, null);
    }
  }

  void emitErrorNT(Throwable err) {
    if ((ws != null && ws.errorEmitted) || (rs != null && rs.errorEmitted)) {
      return;
    }
    if (ws != null) {
      ws.errorEmitted = true;
    }
    if (rs != null) {
      rs.errorEmitted = true;
    }
    emit(ERROR, err);
  }

  /** Node's errorOrDestroy: destroy with the error, or just emit it without autoDestroy. */
  void errorOrDestroy(Throwable err, boolean sync) {
    if ((ws != null && ws.destroyed) || (rs != null && rs.destroyed)) {
      return;
    }
    if ((rs != null && rs.autoDestroy) || (ws != null && ws.autoDestroy)) {
      destroy(err);
    } else if (err != null) {
      checkError(err);
      if (sync) {
        loop.nextTick(() -> emitErrorNT(err));
      } else {
        emitErrorNT(err);
      }
    }
  }

  void accountBuffered(long delta) {
    if (delta != 0) {
      loop.handles().adjustBuffered(delta);
    }
  }

  int hwm(Integer sideSpecific, boolean objectMode) {
    if (sideSpecific != null) {
      return sideSpecific;
    }
    if (options.highWaterMark != null) {
      return options.highWaterMark;
    }
    return loop.defaultHighWaterMark(objectMode);
  }
}
