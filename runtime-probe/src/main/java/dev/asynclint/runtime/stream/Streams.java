package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Node's {@code stream.pipeline} and {@code stream.finished}. */
public final class Streams {
  private Streams() {}

  /**
   * Pipes {@code streams} into each other with backpressure; on the first error destroys every
   * stream not yet done with that error, and calls {@code callback} exactly once, on the next tick
   * after every stream finished or closed.
   */
  public static void pipeline(Done callback, Stream... streams) {
    new Pipeline(List.of(streams), callback).start();
  }

  /** {@code stream/promises.pipeline}: the same, as a promise. */
  public static Promise<Void> pipeline(Stream... streams) {
    if (streams.length == 0) {
      throw new IllegalArgumentException("pipeline needs streams");
    }
    EventLoop loop = streams[0].loop;
    Promise<Void> p = Promise.pending(loop);
    pipeline(
        err -> {
          if (err != null) {
            p.reject(err);
          } else {
            p.resolve(null);
          }
        },
        streams);
    return p;
  }

  /**
   * Node's {@code finished(stream, cb)} (end-of-stream): calls back once when the stream is done —
   * 'close' for streams that emit it (with ERR_STREAM_PREMATURE_CLOSE if it closed before ending or
   * finishing), else 'end'/'finish' — or with the first 'error'.
   */
  public static void finished(Stream stream, Done callback) {
    new EndOfStream(stream, stream.rs != null, stream.ws != null, callback).start();
  }

  /**
   * Node 20.20's eos (lib/internal/streams/end-of-stream.js) for this runtime's streams, with its
   * {@code readable}/{@code writable} options: which events count, and the next-tick calls for a
   * stream that is already done. {@link #start} returns the cleanup that detaches it.
   */
  static final class EndOfStream {
    private final Stream s;
    private final boolean readable;
    private final boolean writable;
    private Done callback;
    private boolean called;
    private boolean willEmitClose;
    private boolean writableFinished;
    private boolean readableFinished;
    private final Runnable onend = this::onend;
    private final Runnable onfinish = this::onfinish;
    private final Consumer<Object> onerror = err -> call((Throwable) err);
    private final Runnable onclose = this::onclose;

    EndOfStream(Stream s, boolean readable, boolean writable, Done callback) {
      this.s = s;
      this.readable = readable;
      this.writable = writable;
      this.callback = callback;
    }

    Runnable start() {
      WritableState w = s.ws;
      ReadableState r = s.rs;
      willEmitClose =
          willEmitClose(s)
              && isReadableNodeStream(s) == readable
              && isWritableNodeStream(s) == writable;
      writableFinished = isWritableFinished(s, false);
      readableFinished = isReadableFinished(s, false);
      boolean closed = s.closed();
      s.on("end", onend);
      s.on("finish", onfinish);
      s.on("error", onerror);
      s.on("close", onclose);
      if (closed) {
        s.loop.nextTick(onclose);
      } else if ((w != null && w.errorEmitted) || (r != null && r.errorEmitted)) {
        if (!willEmitClose) {
          s.loop.nextTick(this::onclosed);
        }
      } else if (!readable
          && (!willEmitClose || isReadable(s))
          && (writableFinished || Boolean.FALSE.equals(isWritable(s)))
          && (w == null || w.pendingcb == 0)) {
        s.loop.nextTick(this::onclosed);
      } else if (!writable
          && (!willEmitClose || Boolean.TRUE.equals(isWritable(s)))
          && (readableFinished || (r != null && !isReadable(s)))) {
        s.loop.nextTick(this::onclosed);
      }
      return this::cleanup;
    }

    private void onfinish() {
      writableFinished = true;
      if (s.destroyed()) {
        willEmitClose = false;
      }
      if (willEmitClose && (!readableProperty(s) || readable)) {
        return;
      }
      if (!readable || readableFinished) {
        call(null);
      }
    }

    private void onend() {
      readableFinished = true;
      if (s.destroyed()) {
        willEmitClose = false;
      }
      if (willEmitClose && (!writableProperty(s) || writable)) {
        return;
      }
      if (!writable || writableFinished) {
        call(null);
      }
    }

    private void onclose() {
      Throwable errored = errored(s);
      if (errored != null) {
        call(errored);
        return;
      }
      if (readable && !readableFinished && isReadableNodeStream(s)) {
        if (!isReadableFinished(s, false)) {
          call(StreamError.prematureClose());
          return;
        }
      }
      if (writable && !writableFinished) {
        if (!isWritableFinished(s, false)) {
          call(StreamError.prematureClose());
          return;
        }
      }
      call(null);
    }

    private void onclosed() {
      call(errored(s));
    }

    private void cleanup() {
      callback = null;
      s.off("finish", onfinish);
      s.off("end", onend);
      s.off("error", onerror);
      s.off("close", onclose);
    }

    private void call(Throwable err) {
      // once(callback); after cleanup the callback is a no-op.
      if (!called && callback != null) {
        called = true;
        callback.done(err);
      }
    }
  }

  // Node's stream predicates (lib/internal/streams/utils.js) for this runtime's streams: a stream
  // has a readable side when rs is set and a writable side when ws is set.

  private static boolean isReadableNodeStream(Stream s) {
    return s.rs != null;
  }

  private static boolean isWritableNodeStream(Stream s) {
    return s.ws != null;
  }

  /** The readable getter: false also for a stream without a readable side (undefined). */
  private static boolean readableProperty(Stream s) {
    ReadableState r = s.rs;
    return r != null && !r.destroyed && !r.errorEmitted && !r.endEmitted;
  }

  /** The writable getter: false also for a stream without a writable side (undefined). */
  private static boolean writableProperty(Stream s) {
    return s.ws != null && WritableCore.writable(s.ws);
  }

  private static boolean willEmitClose(Stream s) {
    // The writable side's state for a duplex, as in Node.
    if (s.ws != null) {
      return s.ws.autoDestroy && s.ws.emitClose && !s.ws.closed;
    }
    return s.rs.autoDestroy && s.rs.emitClose && !s.rs.closed;
  }

  private static boolean isWritableFinished(Stream s, boolean strict) {
    WritableState w = s.ws;
    if (w == null) {
      return false;
    }
    if (w.finished) {
      return true;
    }
    if (w.errored != null) {
      return false;
    }
    return !strict && w.ended && w.length == 0;
  }

  private static boolean isReadableFinished(Stream s, boolean strict) {
    ReadableState r = s.rs;
    if (r == null || r.errored != null) {
      return false;
    }
    return r.endEmitted || (!strict && r.ended && r.length == 0);
  }

  /** isReadable: false also where Node answers null (no readable side). */
  private static boolean isReadable(Stream s) {
    if (s.rs == null || s.destroyed()) {
      return false;
    }
    return readableProperty(s) && !isReadableFinished(s, true);
  }

  /** isWritable: null for a stream without a writable side, as in Node. */
  private static Boolean isWritable(Stream s) {
    if (s.ws == null) {
      return null;
    }
    if (s.destroyed()) {
      return false;
    }
    return writableProperty(s) && !s.ws.ending;
  }

  private static Throwable errored(Stream s) {
    if (s.ws != null && s.ws.errored != null) {
      return s.ws.errored;
    }
    return s.rs != null ? s.rs.errored : null;
  }

  /**
   * Node 20.20's pipelineImpl (lib/internal/streams/pipeline.js) for streams: each stream gets a
   * destroyer and an 'error' listener; each pair is joined by src.pipe(dst, {end: false}) plus an
   * end() of dst on src's 'end', and an eos on each side, so every pair finishes twice.
   */
  private static final class Pipeline {
    private final List<Stream> streams;
    private final Done callback;
    private final ArrayDeque<Consumer<Throwable>> destroys = new ArrayDeque<>();
    private final List<Runnable> lastStreamCleanup = new ArrayList<>();
    private int finishCount;
    private Throwable error;

    Pipeline(List<Stream> streams, Done callback) {
      if (streams.size() < 2) {
        throw new IllegalArgumentException("pipeline needs at least two streams");
      }
      this.streams = streams;
      this.callback = callback;
    }

    void start() {
      int last = streams.size() - 1;
      for (int i = 0; i <= last; i++) {
        Stream s = streams.get(i);
        if (i < last && !(s instanceof Readable)) {
          throw new IllegalArgumentException("stream " + i + " is not readable");
        }
        if (i > 0 && !(s instanceof WritableStream)) {
          throw new IllegalArgumentException("stream " + i + " is not writable");
        }
      }
      Stream ret = null;
      for (int i = 0; i <= last; i++) {
        Stream stream = streams.get(i);
        boolean reading = i < last;
        boolean writing = i > 0;
        boolean isLastStream = i == last;
        // end is true: every stream but the last reads, and pipeline() has no {end: false} here.
        Runnable cleanup = destroyer(stream, reading, writing);
        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.add(cleanup);
        }
        Consumer<Object> onError =
            err -> {
              if (err != null
                  && !(err instanceof StreamError se
                      && "ERR_STREAM_PREMATURE_CLOSE".equals(se.code()))) {
                finish((Throwable) err);
              }
            };
        stream.on("error", onError);
        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.add(() -> stream.off("error", onError));
        }
        if (i > 0) {
          finishCount += 2;
          Runnable pipeCleanup = pipe((Readable) ret, stream);
          if (isReadable(stream) && isLastStream) {
            lastStreamCleanup.add(pipeCleanup);
          }
        }
        ret = stream;
      }
    }

    private Runnable destroyer(Stream stream, boolean reading, boolean writing) {
      boolean[] finished = {false};
      stream.on("close", () -> finished[0] = true);
      Runnable cleanup =
          new EndOfStream(stream, reading, writing, err -> finished[0] = err == null).start();
      destroys.add(
          err -> {
            if (finished[0]) {
              return;
            }
            finished[0] = true;
            // destroyImpl.destroyer: nothing for a destroyed stream.
            if (!stream.destroyed()) {
              stream.destroy(err != null ? err : StreamError.destroyed("pipe"));
            }
          });
      return cleanup;
    }

    private Runnable pipe(Readable src, Stream dst) {
      boolean[] ended = {false};
      dst.on(
          "close",
          () -> {
            if (!ended[0]) {
              // The destination closed before the source completed.
              finish(StreamError.prematureClose());
            }
          });
      src.pipe((WritableStream) dst, false);
      Runnable endFn =
          () -> {
            ended[0] = true;
            ((WritableStream) dst).end();
          };
      if (isReadableFinished(src, true)) {
        src.loop.nextTick(endFn);
      } else {
        src.once("end", endFn);
      }
      new EndOfStream(
              src,
              true,
              false,
              err -> {
                ReadableState r = src.rs;
                if (err instanceof StreamError se
                    && "ERR_STREAM_PREMATURE_CLOSE".equals(se.code())
                    && r.ended
                    && r.errored == null
                    && !r.errorEmitted) {
                  // 'close' before 'end' on an ended readable: wait for the 'end'.
                  src.once("end", () -> finish(null));
                  src.once("error", e -> finish((Throwable) e));
                } else {
                  finish(err);
                }
              })
          .start();
      return new EndOfStream(dst, false, true, this::finish).start();
    }

    private void finish(Throwable err) {
      finishImpl(err, --finishCount == 0);
    }

    private void finishImpl(Throwable err, boolean last) {
      if (err != null
          && (error == null
              || (error instanceof StreamError se
                  && "ERR_STREAM_PREMATURE_CLOSE".equals(se.code())))) {
        error = err;
      }
      if (error == null && !last) {
        return;
      }
      while (!destroys.isEmpty()) {
        destroys.poll().accept(error);
      }
      if (last) {
        if (error == null) {
          lastStreamCleanup.forEach(Runnable::run);
        }
        Throwable e = error;
        streams.get(0).loop.nextTick(() -> callback.done(e));
      }
    }
  }
}
