package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.Promise;
import java.util.List;

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

  static final class EndOfStream {
    private final Stream s;
    private final boolean readable;
    private final boolean writable;
    private final Done callback;
    private boolean called;

    EndOfStream(Stream s, boolean readable, boolean writable, Done callback) {
      this.s = s;
      this.readable = readable && s.rs != null;
      this.writable = writable && s.ws != null;
      this.callback = callback;
    }

    void start() {
      s.on("error", e -> call((Throwable) e));
      s.on(
          "close",
          () -> {
            if ((readable && !s.rs.endEmitted) || (writable && !s.ws.finished)) {
              Throwable err = s.errored();
              call(err != null ? err : StreamError.prematureClose());
            } else {
              call(null);
            }
          });
      boolean willEmitClose =
          (s.ws != null ? s.ws.autoDestroy && s.ws.emitClose : s.rs.autoDestroy && s.rs.emitClose);
      if (!willEmitClose) {
        s.on("end", this::maybeDone);
        s.on("finish", this::maybeDone);
      }
      if (s.closed()) {
        s.loop.nextTick(
            () -> {
              Throwable err = s.errored();
              call(err);
            });
      }
    }

    private void maybeDone() {
      if ((!readable || s.rs.endEmitted) && (!writable || s.ws.finished)) {
        call(null);
      }
    }

    private void call(Throwable err) {
      if (!called) {
        called = true;
        callback.done(err);
      }
    }
  }

  private static final class Pipeline {
    private final List<Stream> streams;
    private final Done callback;
    private final boolean[] done;
    private int remaining;
    private Throwable error;

    Pipeline(List<Stream> streams, Done callback) {
      if (streams.size() < 2) {
        throw new IllegalArgumentException("pipeline needs at least two streams");
      }
      this.streams = streams;
      this.callback = callback;
      this.done = new boolean[streams.size()];
      this.remaining = streams.size();
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
        int index = i;
        s.on("close", () -> done[index] = true);
        new EndOfStream(s, i < last, i > 0, err -> finish(index, err)).start();
      }
      for (int i = 1; i <= last; i++) {
        ((Readable) streams.get(i - 1)).pipe((WritableStream) streams.get(i));
      }
    }

    private void finish(int index, Throwable err) {
      done[index] = err == null;
      if (err != null
          && (error == null
              || (error instanceof StreamError se
                  && "ERR_STREAM_PREMATURE_CLOSE".equals(se.code())))) {
        error = err;
      }
      if (error != null) {
        for (int i = 0; i < streams.size(); i++) {
          if (!done[i]) {
            done[i] = true;
            streams.get(i).destroy(error);
          }
        }
      }
      if (--remaining == 0) {
        Throwable e = error;
        streams.get(0).loop.nextTick(() -> callback.done(e));
      }
    }
  }
}
