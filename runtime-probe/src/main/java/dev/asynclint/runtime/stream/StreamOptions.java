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

  /** Empty options: loop defaults for sizes, byte mode, emitClose and autoDestroy on. */
  public static StreamOptions options() {
    return new StreamOptions();
  }

  /** Buffer limit of both sides, in bytes (objects in object mode). */
  public StreamOptions highWaterMark(int n) {
    highWaterMark = requireSize(n);
    return this;
  }

  /** Buffer limit of the readable side only. */
  public StreamOptions readableHighWaterMark(int n) {
    readableHighWaterMark = requireSize(n);
    return this;
  }

  /** Buffer limit of the writable side only. */
  public StreamOptions writableHighWaterMark(int n) {
    writableHighWaterMark = requireSize(n);
    return this;
  }

  /** Chunks are any objects, each counting 1 toward the highWaterMark. */
  public StreamOptions objectMode(boolean on) {
    objectMode = on;
    return this;
  }

  /** Object mode for the readable side only. */
  public StreamOptions readableObjectMode(boolean on) {
    readableObjectMode = on;
    return this;
  }

  /** Object mode for the writable side only. */
  public StreamOptions writableObjectMode(boolean on) {
    writableObjectMode = on;
    return this;
  }

  /** Whether 'close' is emitted after destroy (default true). */
  public StreamOptions emitClose(boolean on) {
    emitClose = on;
    return this;
  }

  /** Whether the stream destroys itself after 'finish'/'end' or an error (default true). */
  public StreamOptions autoDestroy(boolean on) {
    autoDestroy = on;
    return this;
  }

  /** Duplex only: false ends the writable side when the readable side ends. */
  public StreamOptions allowHalfOpen(boolean on) {
    allowHalfOpen = on;
    return this;
  }

  /** Node's {@code read(size)} option. */
  public StreamOptions read(ReadFn fn) {
    read = fn;
    return this;
  }

  /** Node's {@code write(chunk, encoding, callback)} option. */
  public StreamOptions write(WriteFn fn) {
    write = fn;
    return this;
  }

  /** Node's {@code writev(chunks, callback)} option. */
  public StreamOptions writev(WritevFn fn) {
    writev = fn;
    return this;
  }

  /** Node's {@code final} option ({@code final} is a Java keyword). */
  public StreamOptions doFinal(FinalFn fn) {
    doFinal = fn;
    return this;
  }

  /** Node's {@code destroy(err, callback)} option. */
  public StreamOptions destroy(DestroyFn fn) {
    destroy = fn;
    return this;
  }

  /** Node's {@code transform(chunk, encoding, callback)} option. */
  public StreamOptions transform(TransformFn fn) {
    transform = fn;
    return this;
  }

  /** Node's {@code flush(callback)} option. */
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
