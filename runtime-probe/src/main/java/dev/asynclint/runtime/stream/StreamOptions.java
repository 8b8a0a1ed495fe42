package dev.asynclint.runtime.stream;

import java.util.List;

/**
 * Construction options of a stream, as Node's options object: sizes, modes and the implementation
 * functions ({@code read}, {@code write}, {@code writev}, {@code final}, {@code destroy}, {@code
 * transform}, {@code flush}). Unset sizes use the loop's defaults.
 */
public final class StreamOptions {
  Integer highWaterMark;
  Integer readableHighWaterMark;
  Integer writableHighWaterMark;
  boolean objectMode;
  boolean readableObjectMode;
  boolean writableObjectMode;
  boolean emitClose = true;
  boolean autoDestroy = true;
  boolean allowHalfOpen = true;
  ReadFn read;
  WriteFn write;
  WritevFn writev;
  FinalFn doFinal;
  DestroyFn destroy;
  TransformFn transform;
  FlushFn flush;

  /** Node's {@code _read(size)}. */
  @FunctionalInterface
  public interface ReadFn {
    void read(Readable self, int size);
  }

  /** Node's {@code _write(chunk, encoding, callback)}. */
  @FunctionalInterface
  public interface WriteFn {
    void write(Object chunk, Done callback);
  }

  /** Node's {@code _writev(chunks, callback)}: every buffered chunk at once. */
  @FunctionalInterface
  public interface WritevFn {
    void writev(List<Object> chunks, Done callback);
  }

  /** Node's {@code _final(callback)}: runs after end() once every write completed. */
  @FunctionalInterface
  public interface FinalFn {
    void doFinal(Done callback);
  }

  /** Node's {@code _destroy(err, callback)}. */
  @FunctionalInterface
  public interface DestroyFn {
    void destroy(Throwable error, Done callback);
  }

  /** Node's {@code _transform(chunk, encoding, callback)}. */
  @FunctionalInterface
  public interface TransformFn {
    void transform(Object chunk, TransformCallback callback);
  }

  /** Node's {@code _flush(callback)}. */
  @FunctionalInterface
  public interface FlushFn {
    void flush(TransformCallback callback);
  }

  /** The callback of a transform: an error, or an optional chunk to push. */
  @FunctionalInterface
  public interface TransformCallback {
    void done(Throwable error, Object chunk);
  }

  public static StreamOptions options() {
    return new StreamOptions();
  }

  public StreamOptions highWaterMark(int n) {
    highWaterMark = requireSize(n);
    return this;
  }

  public StreamOptions readableHighWaterMark(int n) {
    readableHighWaterMark = requireSize(n);
    return this;
  }

  public StreamOptions writableHighWaterMark(int n) {
    writableHighWaterMark = requireSize(n);
    return this;
  }

  public StreamOptions objectMode(boolean on) {
    objectMode = on;
    return this;
  }

  public StreamOptions readableObjectMode(boolean on) {
    readableObjectMode = on;
    return this;
  }

  public StreamOptions writableObjectMode(boolean on) {
    writableObjectMode = on;
    return this;
  }

  public StreamOptions emitClose(boolean on) {
    emitClose = on;
    return this;
  }

  public StreamOptions autoDestroy(boolean on) {
    autoDestroy = on;
    return this;
  }

  /** Duplex only: false ends the writable side when the readable side ends. */
  public StreamOptions allowHalfOpen(boolean on) {
    allowHalfOpen = on;
    return this;
  }

  public StreamOptions read(ReadFn fn) {
    read = fn;
    return this;
  }

  public StreamOptions write(WriteFn fn) {
    write = fn;
    return this;
  }

  public StreamOptions writev(WritevFn fn) {
    writev = fn;
    return this;
  }

  /** Node's {@code final} option ({@code final} is a Java keyword). */
  public StreamOptions doFinal(FinalFn fn) {
    doFinal = fn;
    return this;
  }

  public StreamOptions destroy(DestroyFn fn) {
    destroy = fn;
    return this;
  }

  public StreamOptions transform(TransformFn fn) {
    transform = fn;
    return this;
  }

  public StreamOptions flush(FlushFn fn) {
    flush = fn;
    return this;
  }

  private static int requireSize(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("highWaterMark must be >= 0: " + n);
    }
    return n;
  }
}
