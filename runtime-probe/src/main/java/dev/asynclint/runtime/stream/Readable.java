package dev.asynclint.runtime.stream;

import static dev.asynclint.runtime.EventEmitter.DATA;
import static dev.asynclint.runtime.EventEmitter.END;
import static dev.asynclint.runtime.EventEmitter.ERROR;
import static dev.asynclint.runtime.EventEmitter.PAUSE;
import static dev.asynclint.runtime.EventEmitter.PIPE;
import static dev.asynclint.runtime.EventEmitter.READABLE;
import static dev.asynclint.runtime.EventEmitter.RESUME;
import static dev.asynclint.runtime.EventEmitter.UNPIPE;

import dev.asynclint.runtime.EventLoop;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Node's {@code stream.Readable}, ported from Node 20's lib/internal/streams/readable.js so that
 * flowing/paused transitions, 'data' timing and {@link #push} return values match Node.
 *
 * <p>Modes: {@link #readableFlowing()} is null until a consumer appears, true once a 'data'
 * listener, {@link #resume()} or {@link #pipe} starts the flow, false after {@link #pause()}.
 * {@link #push} returns false once the buffer reaches the highWaterMark; the producer should then
 * wait for the next {@code read} call.
 */
public class Readable extends Stream {
  private static final int MAX_HWM = 0x40000000;

  // Bound once: these are scheduled per chunk (StreamTick says why one class).
  private final Runnable maybeReadMoreTask = new StreamTick(this, StreamTick.MAYBE_READ_MORE);
  private final Runnable emitReadableTask = new StreamTick(this, StreamTick.EMIT_READABLE);
  private final Runnable resumeTask = new StreamTick(this, StreamTick.RESUME);
  private final Runnable endReadableTask = new StreamTick(this, StreamTick.END_READABLE);

  /** A readable implemented by overriding {@link #doRead}. */
  public Readable(EventLoop loop) {
    this(loop, null);
  }

  /** A readable with {@code options} (sizes, modes, read function). */
  public Readable(EventLoop loop, StreamOptions options) {
    super(loop, options);
    boolean objectMode = this.options.objectMode || this.options.readableObjectMode;
    rs =
        new ReadableState(
            objectMode,
            hwm(this.options.readableHighWaterMark, objectMode),
            this.options.emitClose,
            this.options.autoDestroy);
  }

  /** Node's {@code Readable.from(iterable)}: an object-mode stream of the iterable's items. */
  public static Readable from(EventLoop loop, Iterable<?> items) {
    Iterator<?> it = items.iterator();
    return new Readable(
        loop,
        StreamOptions.options()
            .objectMode(true)
            .read(
                (self, size) -> {
                  while (it.hasNext()) {
                    if (!self.push(it.next())) {
                      return;
                    }
                  }
                  self.push(null);
                }));
  }

  /** Node's {@code _read(size)}: produce data with {@link #push}. */
  protected void doRead(int size) {
    if (options.read == null) {
      throw new StreamError("ERR_METHOD_NOT_IMPLEMENTED", "The _read() method is not implemented");
    }
    options.read.read(this, size);
  }

  // ---------------------------------------------------------------- public API

  /** Adds a chunk (null ends the stream); returns false once the buffer reached highWaterMark. */
  public boolean push(Object chunk) {
    return addChunk(chunk);
  }

  /** Reads everything buffered (one chunk while flowing), or null. Emits 'data' for it. */
  public Object read() {
    return read(0, true);
  }

  /** Reads {@code n} bytes (or one object), or null when fewer are buffered. */
  public Object read(int n) {
    return read(n, false);
  }

  /** Stops 'data' events (flowing becomes false); data keeps buffering. */
  public Readable pause() {
    if (rs.flowing != ReadableState.PAUSED) {
      rs.flowing = ReadableState.PAUSED;
      emit(PAUSE, null);
    }
    return this;
  }

  /** Starts or restarts 'data' events on the next tick. */
  public Readable resume() {
    if (rs.flowing != ReadableState.FLOWING) {
      rs.flowing = rs.readableListening ? ReadableState.PAUSED : ReadableState.FLOWING;
      if (!rs.resumeScheduled) {
        rs.resumeScheduled = true;
        loop.nextTick(resumeTask);
      }
    }
    return this;
  }

  /** Whether {@link #pause()} stopped the flow. */
  public boolean isPaused() {
    return rs.flowing == ReadableState.PAUSED;
  }

  /** null (no consumer yet), true (flowing) or false (paused). */
  public Boolean readableFlowing() {
    return rs.flowing == ReadableState.NO_CONSUMER ? null : rs.flowing == ReadableState.FLOWING;
  }

  /** Bytes (or objects) buffered and not yet read. */
  public long readableLength() {
    return rs.length;
  }

  /** The buffer limit at which {@link #push} returns false. */
  public int readableHighWaterMark() {
    return rs.highWaterMark;
  }

  /** Whether 'end' has been emitted. */
  public boolean readableEnded() {
    return rs.endEmitted;
  }

  /**
   * Pipes into {@code dest}, pausing this stream while dest.write() returns false and resuming on
   * 'drain'; ends dest on 'end'. Errors are not forwarded and nothing is destroyed on error: use
   * {@link Streams#pipeline} for that.
   */
  public <W extends WritableStream> W pipe(W dest) {
    return pipe(dest, true);
  }

  /** {@link #pipe(WritableStream)} with {@code end: false} when {@code end} is false. */
  public <W extends WritableStream> W pipe(W dest, boolean end) {
    new Pipe(this, (Stream) dest, end).start();
    return dest;
  }

  /** Stops piping into {@code dest}. */
  public Readable unpipe(WritableStream dest) {
    Stream d = (Stream) dest;
    int index = rs.pipes.indexOf(d);
    if (index < 0) {
      return this;
    }
    rs.pipes.remove(index);
    if (rs.pipes.isEmpty()) {
      pause();
    }
    d.emit(UNPIPE, new Unpipe(this));
    return this;
  }

  @Override
  protected void onListenerAdded(String event) {
    if ("data".equals(event)) {
      rs.readableListening = listenerCount(READABLE) > 0;
      if (rs.flowing != ReadableState.PAUSED) {
        resume();
      }
    } else if ("readable".equals(event)) {
      if (!rs.endEmitted && !rs.readableListening) {
        rs.readableListening = true;
        rs.needReadable = true;
        rs.flowing = ReadableState.PAUSED;
        rs.emittedReadable = false;
        if (rs.length > 0) {
          emitReadable();
        } else if (!rs.reading) {
          loop.nextTick(() -> read(0));
        }
      }
    }
  }

  // ---------------------------------------------------------------- internals (Node names)

  private boolean addChunk(Object chunk) {
    ReadableState st = rs;
    if (chunk == null) {
      st.reading = false;
      onEofChunk();
    } else {
      Object c = Chunks.normalize(chunk, st.objectMode);
      int len = Chunks.length(c, st.objectMode);
      if (st.objectMode || len > 0) {
        if (st.ended) {
          errorOrDestroy(
              new StreamError("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF"), false);
        } else if (st.destroyed || st.errored != null) {
          return false;
        } else {
          st.reading = false;
          addChunkNow(c, len);
        }
      } else {
        st.reading = false;
        maybeReadMore();
      }
    }
    return !st.ended && (st.length < st.highWaterMark || st.length == 0);
  }

  private void addChunkNow(Object chunk, int len) {
    ReadableState st = rs;
    if (st.flowing == ReadableState.FLOWING
        && st.length == 0
        && !st.sync
        && listenerCount(DATA) > 0) {
      st.clearAwaitDrain();
      st.dataEmitted = true;
      emit(DATA, chunk);
    } else {
      st.length += len;
      accountBuffered(len);
      st.buffer.add(chunk);
      if (st.needReadable) {
        emitReadable();
      }
    }
    maybeReadMore();
  }

  private static int computeNewHighWaterMark(int n) {
    if (n >= MAX_HWM) {
      return MAX_HWM;
    }
    return Integer.highestOneBit(n - 1) << 1;
  }

  private long howMuchToRead(long n, boolean nan) {
    ReadableState st = rs;
    if ((!nan && n <= 0) || (st.length == 0 && st.ended)) {
      return 0;
    }
    if (st.objectMode) {
      return 1;
    }
    if (nan) {
      if (st.flowing == ReadableState.FLOWING && st.length > 0) {
        return ((byte[]) st.buffer.peekFirst()).length;
      }
      return st.length;
    }
    if (n <= st.length) {
      return n;
    }
    return st.ended ? st.length : 0;
  }

  private Object read(int requested, boolean nan) {
    ReadableState st = rs;
    long n = requested;
    if (!nan && n > st.highWaterMark) {
      st.highWaterMark = computeNewHighWaterMark((int) n);
    }
    if (nan || n != 0) {
      st.emittedReadable = false;
    }
    if (!nan
        && n == 0
        && st.needReadable
        && ((st.highWaterMark != 0 ? st.length >= st.highWaterMark : st.length > 0) || st.ended)) {
      if (st.length == 0 && st.ended) {
        endReadable();
      } else {
        emitReadable();
      }
      return null;
    }
    n = howMuchToRead(n, nan);
    if (n == 0 && st.ended) {
      if (st.length == 0) {
        endReadable();
      }
      return null;
    }
    boolean doRead = st.needReadable;
    if (st.length == 0 || st.length - n < st.highWaterMark) {
      doRead = true;
    }
    if (st.ended || st.reading || st.destroyed || st.errored != null || !st.constructed) {
      doRead = false;
    } else if (doRead) {
      st.reading = true;
      st.sync = true;
      if (st.length == 0) {
        st.needReadable = true;
      }
      try {
        doRead(st.highWaterMark);
      } catch (RuntimeException e) {
        errorOrDestroy(e, false);
      }
      st.sync = false;
      if (!st.reading) {
        n = howMuchToRead(requested, nan);
      }
    }
    Object ret = n > 0 ? fromList((int) n) : null;
    if (ret == null) {
      st.needReadable = st.length <= st.highWaterMark;
      n = 0;
    } else {
      st.length -= n;
      accountBuffered(-n);
      st.clearAwaitDrain();
    }
    if (st.length == 0) {
      if (!st.ended) {
        st.needReadable = true;
      }
      if ((nan || requested != n) && st.ended) {
        endReadable();
      }
    }
    if (ret != null && !st.errorEmitted && !st.closeEmitted) {
      st.dataEmitted = true;
      emit(DATA, ret);
    }
    return ret;
  }

  private Object fromList(int n) {
    ReadableState st = rs;
    if (st.length == 0) {
      return null;
    }
    if (st.objectMode) {
      return st.buffer.pollFirst();
    }
    if (n >= st.length) {
      Object ret =
          st.buffer.size() == 1 ? st.buffer.peekFirst() : Chunks.concat(st.buffer, (int) st.length);
      st.buffer.clear();
      return ret;
    }
    byte[] first = (byte[]) st.buffer.peekFirst();
    if (n < first.length) {
      st.buffer.pollFirst();
      st.buffer.addFirst(java.util.Arrays.copyOfRange(first, n, first.length));
      return java.util.Arrays.copyOf(first, n);
    }
    if (n == first.length) {
      return st.buffer.pollFirst();
    }
    byte[] out = new byte[n];
    int at = 0;
    while (at < n) {
      byte[] b = (byte[]) st.buffer.pollFirst();
      int take = Math.min(b.length, n - at);
      System.arraycopy(b, 0, out, at, take);
      at += take;
      if (take < b.length) {
        st.buffer.addFirst(java.util.Arrays.copyOfRange(b, take, b.length));
      }
    }
    return out;
  }

  private void onEofChunk() {
    ReadableState st = rs;
    if (st.ended) {
      return;
    }
    st.ended = true;
    if (st.sync) {
      emitReadable();
    } else {
      st.needReadable = false;
      st.emittedReadable = true;
      emitReadableNT();
    }
  }

  private void emitReadable() {
    rs.needReadable = false;
    if (!rs.emittedReadable) {
      rs.emittedReadable = true;
      loop.nextTick(emitReadableTask);
    }
  }

  void emitReadableNT() {
    ReadableState st = rs;
    if (!st.destroyed && st.errored == null && (st.length > 0 || st.ended)) {
      emit(READABLE, null);
      st.emittedReadable = false;
    }
    st.needReadable =
        st.flowing != ReadableState.FLOWING && !st.ended && st.length <= st.highWaterMark;
    flow();
  }

  private void maybeReadMore() {
    if (!rs.readingMore && rs.constructed) {
      rs.readingMore = true;
      loop.nextTick(maybeReadMoreTask);
    }
  }

  void maybeReadMoreNT() {
    ReadableState st = rs;
    while (!st.reading
        && !st.ended
        && (st.length < st.highWaterMark
            || (st.flowing == ReadableState.FLOWING && st.length == 0))) {
      long len = st.length;
      read(0);
      if (len == st.length) {
        break;
      }
    }
    st.readingMore = false;
  }

  void resumeNT() {
    ReadableState st = rs;
    if (!st.reading) {
      read(0);
    }
    st.resumeScheduled = false;
    emit(RESUME, null);
    flow();
    if (st.flowing == ReadableState.FLOWING && !st.reading) {
      read(0);
    }
  }

  private void flow() {
    while (rs.flowing == ReadableState.FLOWING && read() != null) {
      // read() emits 'data' for each chunk.
    }
  }

  private void endReadable() {
    if (!rs.endEmitted) {
      rs.ended = true;
      loop.nextTick(endReadableTask);
    }
  }

  void endReadableNT() {
    ReadableState st = rs;
    if (st.errored == null && !st.closeEmitted && !st.endEmitted && st.length == 0) {
      st.endEmitted = true;
      emit(END, null);
      if (ws != null && WritableCore.writable(ws) && !options.allowHalfOpen) {
        loop.nextTick(
            () -> {
              if (WritableCore.writable(ws) && !destroyed()) {
                WritableCore.end(this, null, null);
              }
            });
      } else if (st.autoDestroy) {
        boolean autoDestroy = ws == null || (ws.autoDestroy && ws.finished);
        if (autoDestroy) {
          destroy();
        }
      }
    }
  }

  /** The 'unpipe' event's argument: the source, and whether the pipe already cleaned up. */
  static final class Unpipe {
    final Readable source;
    boolean hasUnpiped;

    Unpipe(Readable source) {
      this.source = source;
    }
  }

  /** One src.pipe(dest) connection (Node's closure state in Readable.prototype.pipe). */
  private static final class Pipe {
    private final Readable src;
    private final Stream dest;
    private final boolean doEnd;
    private final List<Runnable> cleanups = new ArrayList<>();
    private Runnable ondrain;
    private boolean cleanedUp;

    Pipe(Readable src, Stream dest, boolean doEnd) {
      this.src = src;
      this.dest = dest;
      this.doEnd = doEnd;
    }

    void start() {
      ReadableState state = src.rs;
      state.pipes.add(dest);
      Runnable endFn = doEnd ? () -> ((WritableStream) dest).end() : this::unpipe;
      if (state.endEmitted) {
        src.loop.nextTick(endFn);
      } else {
        src.once("end", endFn);
        cleanups.add(() -> src.off("end", endFn));
      }
      Consumer<Object> onunpipe =
          arg -> {
            if (arg instanceof Unpipe u && u.source == src && !u.hasUnpiped) {
              u.hasUnpiped = true;
              cleanup();
            }
          };
      dest.on("unpipe", onunpipe);
      cleanups.add(() -> dest.off("unpipe", onunpipe));
      Consumer<Object> ondata =
          chunk -> {
            boolean ret = ((WritableStream) dest).write(chunk);
            if (!ret) {
              pause();
            }
          };
      src.on("data", ondata);
      cleanups.add(() -> src.off("data", ondata));
      Consumer<Object> onerror =
          new Consumer<>() {
            @Override
            public void accept(Object er) {
              unpipe();
              dest.off("error", this);
              if (dest.listenerCount(ERROR) == 0) {
                boolean emitted = dest.ws != null ? dest.ws.errorEmitted : dest.rs.errorEmitted;
                if (!emitted) {
                  dest.errorOrDestroy((Throwable) er, false);
                } else {
                  dest.emit(ERROR, er);
                }
              }
            }
          };
      dest.prependListener("error", onerror);
      cleanups.add(() -> dest.off("error", onerror));
      Runnable[] onfinish = new Runnable[1];
      Runnable onclose =
          () -> {
            dest.off("finish", onfinish[0]);
            unpipe();
          };
      onfinish[0] =
          () -> {
            dest.off("close", onclose);
            unpipe();
          };
      dest.once("close", onclose);
      dest.once("finish", onfinish[0]);
      cleanups.add(() -> dest.off("close", onclose));
      cleanups.add(() -> dest.off("finish", onfinish[0]));
      dest.emit(PIPE, src);
      if (((WritableStream) dest).writableNeedDrain()) {
        pause();
      } else if (state.flowing != ReadableState.FLOWING) {
        src.resume();
      }
    }

    private void unpipe() {
      src.unpipe((WritableStream) dest);
    }

    private void cleanup() {
      for (Runnable r : cleanups) {
        r.run();
      }
      if (ondrain != null) {
        dest.off("drain", ondrain);
      }
      cleanedUp = true;
      if (ondrain != null && src.rs.awaitingDrain() && (dest.ws == null || dest.ws.needDrain)) {
        ondrain.run();
      }
    }

    private void pause() {
      if (!cleanedUp) {
        src.rs.awaitDrain(dest);
        src.pause();
      }
      if (ondrain == null) {
        ondrain =
            () -> {
              src.rs.stopAwaitingDrain(dest);
              if (!src.rs.awaitingDrain() && src.listenerCount(DATA) > 0) {
                src.resume();
              }
            };
        dest.on("drain", ondrain);
      }
    }
  }
}
