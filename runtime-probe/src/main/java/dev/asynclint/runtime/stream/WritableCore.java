package dev.asynclint.runtime.stream;

import static dev.asynclint.runtime.EventEmitter.DRAIN;
import static dev.asynclint.runtime.EventEmitter.FINISH;
import static dev.asynclint.runtime.EventEmitter.PREFINISH;

import java.util.ArrayList;
import java.util.List;

/**
 * The writable half of a stream, ported from lib/internal/streams/writable.js of Node 20.20 (the
 * state-bitmap rewrite that reached 20.x in 20.10) so that return values, 'drain', 'finish' and
 * callback order match Node exactly. Shared by {@link Writable} and {@link Duplex}.
 *
 * <p>Two behaviours of that version matter to users: write() judges the buffer after {@code _write}
 * ran, so a chunk that a synchronous {@code _write} already consumed does not count (writing into a
 * synchronous sink returns true), and a synchronous write with no callback schedules no tick unless
 * 'drain' is due.
 */
final class WritableCore {
  private WritableCore() {}

  static void init(Stream s, WriteTarget target, boolean objectMode, int hwm, StreamOptions o) {
    s.writeTarget = target;
    WritableState st = new WritableState(objectMode, hwm, o.emitClose, o.autoDestroy);
    st.onwrite = err -> onwrite(s, st, err);
    s.ws = st;
  }

  static boolean write(Stream s, Object chunk, Done cb) {
    WritableState st = s.ws;
    if (chunk == null) {
      throw new StreamError("ERR_STREAM_NULL_VALUES", "May not write null values to stream");
    }
    Object c = Chunks.normalize(chunk, st.objectMode);
    Done callback = cb == null ? Done.NOOP : cb;
    Throwable err = checkWritable(st);
    if (err != null) {
      s.loop.nextTick(() -> callback.done(err));
      s.errorOrDestroy(err, true);
      return false;
    }
    boolean ignoringBackpressure = st.needDrain && !st.backpressureReported;
    st.pendingcb++;
    boolean ret = writeOrBuffer(s, st, c, callback);
    if (ignoringBackpressure && s.loop.handles().observed()) {
      // Heuristic: one report per episode (false return .. 'drain'), at its first ignored
      // write; a loop that ignores false makes thousands of such writes, one event suffices.
      st.backpressureReported = true;
      s.loop
          .handles()
          .reportWriteAfterBackpressure(s.getClass().getSimpleName(), st.length, st.highWaterMark);
    }
    return ret;
  }

  private static Throwable checkWritable(WritableState st) {
    if (st.ending) {
      return StreamError.writeAfterEnd();
    }
    if (st.destroyed) {
      return StreamError.destroyed("write");
    }
    return null;
  }

  private static boolean writeOrBuffer(Stream s, WritableState st, Object chunk, Done cb) {
    int len = Chunks.length(chunk, st.objectMode);
    st.length += len;
    s.accountBuffered(len);
    if (st.writing || st.corked > 0 || st.errored != null || !st.constructed) {
      st.buffered.add(new WritableState.Entry(chunk, cb));
      if (cb != Done.NOOP) {
        st.allNoop = false;
      }
    } else {
      st.writelen = len;
      st.writecb = cb;
      st.writing = true;
      st.sync = true;
      callWrite(s, chunk, st.onwrite);
      st.sync = false;
    }
    // Judged after _write: a chunk it consumed synchronously no longer counts.
    boolean ret = st.length < st.highWaterMark || st.length == 0;
    if (!ret) {
      st.needDrain = true;
    }
    return ret && st.errored == null && !st.destroyed;
  }

  private static void callWrite(Stream s, Object chunk, Done onwrite) {
    try {
      s.writeTarget.writeChunk(chunk, onwrite);
    } catch (RuntimeException e) {
      onwrite.done(e);
    }
  }

  private static void onwrite(Stream s, WritableState st, Throwable er) {
    boolean sync = st.sync;
    Done cb = st.writecb;
    if (cb == null) {
      s.errorOrDestroy(
          new StreamError("ERR_MULTIPLE_CALLBACK", "Callback called multiple times"), false);
      return;
    }
    st.writing = false;
    st.writecb = null;
    st.length -= st.writelen;
    s.accountBuffered(-st.writelen);
    st.writelen = 0;
    if (er != null) {
      if (st.errored == null) {
        st.errored = er;
      }
      if (s.rs != null && s.rs.errored == null) {
        s.rs.errored = er;
      }
      if (sync) {
        s.loop.nextTick(() -> onwriteError(s, st, er, cb));
      } else {
        onwriteError(s, st, er, cb);
      }
    } else {
      if (st.buffered.size() > st.bufferedIndex) {
        clearBuffer(s, st);
      }
      if (sync) {
        afterSyncWrite(s, st, cb);
      } else {
        afterWrite(s, st, 1, cb);
      }
    }
  }

  /**
   * A write completed synchronously: its callback, 'drain' and 'finish' wait for a tick, which Node
   * skips when there is nothing to wait for (no callback, no drain due).
   */
  private static void afterSyncWrite(Stream s, WritableState st, Done cb) {
    boolean needDrain = st.needDrain && st.length == 0;
    // Node writes (state[kState] & kDestroyed !== 0), which by operator precedence tests the
    // kObjectMode bit: object-mode streams always take the tick. Kept, since it orders events.
    boolean needTick = needDrain || st.objectMode || cb != Done.NOOP;
    if (cb == Done.NOOP) {
      if (!st.afterWritePending && needTick) {
        st.afterWritePending = true;
        s.loop.nextTick(afterWriteTick(s, st, cb, false));
      } else {
        st.pendingcb--;
        if (st.ending) {
          finishMaybe(s, st, true);
        }
      }
    } else if (st.afterWriteTickInfo != null && st.afterWriteTickInfo.cb == cb) {
      // The same callback as the queued tick's: counted, not queued again.
      st.afterWriteTickInfo.count++;
    } else {
      StreamTick info = afterWriteTick(s, st, cb, true);
      st.afterWriteTickInfo = info;
      st.afterWritePending = true;
      s.loop.nextTick(info);
    }
  }

  /** The stream's spare after-write tick (one allocation per stream), or a new one. */
  private static StreamTick afterWriteTick(
      Stream s, WritableState st, Done cb, boolean coalescing) {
    StreamTick tick = st.spareTick;
    if (tick == null) {
      tick = StreamTick.afterWrite(s, st);
    } else {
      st.spareTick = null;
    }
    tick.cb = cb;
    tick.count = 1;
    tick.coalescing = coalescing;
    return tick;
  }

  private static void onwriteError(Stream s, WritableState st, Throwable er, Done cb) {
    --st.pendingcb;
    cb.done(er);
    errorBuffer(s, st);
    s.errorOrDestroy(er, false);
  }

  static void afterWrite(Stream s, WritableState st, int count, Done cb) {
    st.afterWritePending = false;
    boolean needDrain = !st.ending && !s.destroyed() && st.length == 0 && st.needDrain;
    if (needDrain) {
      st.needDrain = false;
      st.backpressureReported = false;
      s.emit(DRAIN, null);
    }
    while (count-- > 0) {
      st.pendingcb--;
      cb.ok();
    }
    if (st.destroyed) {
      errorBuffer(s, st);
    }
    if (st.ending) {
      finishMaybe(s, st, true);
    }
  }

  static void errorBuffer(Stream s, WritableState st) {
    if (st.writing) {
      return;
    }
    for (int n = st.bufferedIndex; n < st.buffered.size(); ++n) {
      WritableState.Entry e = st.buffered.get(n);
      int len = Chunks.length(e.chunk(), st.objectMode);
      st.length -= len;
      s.accountBuffered(-len);
      e.callback().done(st.errored != null ? st.errored : StreamError.destroyed("write"));
    }
    List<Done> callbacks = new ArrayList<>(st.onFinished);
    st.onFinished.clear();
    for (Done d : callbacks) {
      d.done(st.errored != null ? st.errored : StreamError.destroyed("end"));
    }
    resetBuffer(st);
  }

  private static void resetBuffer(WritableState st) {
    st.buffered.clear();
    st.bufferedIndex = 0;
    st.allNoop = true;
  }

  private static void clearBuffer(Stream s, WritableState st) {
    if (st.corked > 0 || st.bufferProcessing || st.destroyed || !st.constructed) {
      return;
    }
    int bufferedLength = st.buffered.size() - st.bufferedIndex;
    if (bufferedLength == 0) {
      return;
    }
    int i = st.bufferedIndex;
    st.bufferProcessing = true;
    WriteTarget target = s.writeTarget;
    if (bufferedLength > 1 && target.canWritev()) {
      st.pendingcb -= bufferedLength - 1;
      List<WritableState.Entry> entries =
          new ArrayList<>(st.buffered.subList(i, st.buffered.size()));
      Done callback =
          st.allNoop
              ? Done.NOOP
              : err -> {
                for (WritableState.Entry e : entries) {
                  e.callback().done(err);
                }
              };
      List<Object> chunks = new ArrayList<>(entries.size());
      for (WritableState.Entry e : entries) {
        chunks.add(e.chunk());
      }
      st.writelen = st.length;
      st.writecb = callback;
      st.writing = true;
      st.sync = true;
      if (st.destroyed) {
        st.onwrite.done(StreamError.destroyed("write"));
      } else {
        try {
          target.writeChunks(List.copyOf(chunks), st.onwrite);
        } catch (RuntimeException e) {
          st.onwrite.done(e);
        }
      }
      st.sync = false;
      resetBuffer(st);
    } else {
      do {
        WritableState.Entry e = st.buffered.get(i);
        st.buffered.set(i++, null);
        st.writelen = Chunks.length(e.chunk(), st.objectMode);
        st.writecb = e.callback();
        st.writing = true;
        st.sync = true;
        if (st.destroyed) {
          st.onwrite.done(StreamError.destroyed("write"));
        } else {
          callWrite(s, e.chunk(), st.onwrite);
        }
        st.sync = false;
      } while (i < st.buffered.size() && !st.writing);
      if (i == st.buffered.size()) {
        resetBuffer(st);
      } else if (i > 256) {
        st.buffered.subList(0, i).clear();
        st.bufferedIndex = 0;
      } else {
        st.bufferedIndex = i;
      }
    }
    st.bufferProcessing = false;
  }

  static void cork(Stream s) {
    s.ws.corked++;
  }

  static void uncork(Stream s) {
    WritableState st = s.ws;
    if (st.corked > 0) {
      st.corked--;
      if (!st.writing) {
        clearBuffer(s, st);
      }
    }
  }

  static void end(Stream s, Object chunk, Done cb) {
    WritableState st = s.ws;
    Throwable err = null;
    if (chunk != null) {
      Object c = Chunks.normalize(chunk, st.objectMode);
      err = checkWritable(st);
      if (err != null) {
        Throwable e = err;
        s.loop.nextTick(() -> Done.NOOP.done(e));
        s.errorOrDestroy(err, true);
      } else {
        st.pendingcb++;
        writeOrBuffer(s, st, c, Done.NOOP);
      }
    }
    if (st.corked > 0) {
      st.corked = 1;
      uncork(s);
    }
    if (err != null) {
      // Reported through the callback below.
    } else if (st.errored == null && !st.ending) {
      st.ending = true;
      finishMaybe(s, st, true);
      st.ended = true;
    } else if (st.finished) {
      err =
          new StreamError(
              "ERR_STREAM_ALREADY_FINISHED", "Cannot call end after a stream was finished");
    } else if (st.destroyed) {
      err = StreamError.destroyed("end");
    }
    if (cb != null) {
      if (err != null || st.errored != null || st.finished) {
        Throwable e = err != null ? err : st.errored;
        s.loop.nextTick(() -> cb.done(e));
      } else {
        st.onFinished.add(cb);
      }
    }
  }

  private static boolean needFinish(WritableState st) {
    return st.ending
        && !st.destroyed
        && st.constructed
        && st.length == 0
        && st.errored == null
        && st.buffered.isEmpty()
        && !st.finished
        && !st.writing
        && !st.errorEmitted
        && !st.closeEmitted;
  }

  private static void finishMaybe(Stream s, WritableState st, boolean sync) {
    if (needFinish(st)) {
      prefinish(s, st);
      if (st.pendingcb == 0) {
        if (sync) {
          st.pendingcb++;
          s.loop.nextTick(
              () -> {
                if (needFinish(st)) {
                  finish(s, st);
                } else {
                  st.pendingcb--;
                }
              });
        } else if (needFinish(st)) {
          st.pendingcb++;
          finish(s, st);
        }
      }
    }
  }

  private static void prefinish(Stream s, WritableState st) {
    if (!st.prefinished && !st.finalCalled) {
      if (s.writeTarget.canFinal() && !st.destroyed) {
        st.finalCalled = true;
        callFinal(s, st);
      } else {
        st.finalCalled = true;
        st.prefinished = true;
        s.emit(PREFINISH, null);
      }
    }
  }

  private static void callFinal(Stream s, WritableState st) {
    Done onFinish =
        err -> {
          // Node 20.20's onFinish: a call after prefinish is the multiple-callback error.
          if (st.prefinished) {
            s.errorOrDestroy(
                err != null
                    ? err
                    : new StreamError("ERR_MULTIPLE_CALLBACK", "Callback called multiple times"),
                false);
            return;
          }
          st.pendingcb--;
          if (err != null) {
            List<Done> callbacks = new ArrayList<>(st.onFinished);
            st.onFinished.clear();
            for (Done d : callbacks) {
              d.done(err);
            }
            s.errorOrDestroy(err, st.sync);
          } else if (needFinish(st)) {
            st.prefinished = true;
            s.emit(PREFINISH, null);
            st.pendingcb++;
            s.loop.nextTick(() -> finish(s, st));
          }
        };
    st.sync = true;
    st.pendingcb++;
    try {
      s.writeTarget.finalChunk(onFinish);
    } catch (RuntimeException e) {
      onFinish.done(e);
    }
    st.sync = false;
  }

  private static void finish(Stream s, WritableState st) {
    st.pendingcb--;
    st.finished = true;
    List<Done> callbacks = new ArrayList<>(st.onFinished);
    st.onFinished.clear();
    for (Done d : callbacks) {
      d.ok();
    }
    s.emit(FINISH, null);
    if (st.autoDestroy) {
      ReadableState r = s.rs;
      boolean autoDestroy = r == null || (r.autoDestroy && r.endEmitted);
      if (autoDestroy) {
        s.destroy();
      }
    }
  }

  /** The node stream's writable getter: still accepting writes. */
  static boolean writable(WritableState st) {
    return !st.destroyed && st.errored == null && !st.ending && !st.ended;
  }
}
