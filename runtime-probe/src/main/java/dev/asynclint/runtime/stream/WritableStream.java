package dev.asynclint.runtime.stream;

/**
 * The writable API shared by {@link Writable} and {@link Duplex} (so also sockets, transforms),
 * implemented once here on the stream's writable state ({@link WritableCore}). Sealed: every
 * implementation is a {@link Stream} with a writable side.
 */
public sealed interface WritableStream permits Writable, Duplex {

  /**
   * Writes a chunk. Returns false once the buffered length, counting this chunk if a synchronous
   * {@code _write} did not already consume it, reaches the highWaterMark; the chunk is buffered
   * anyway, and the caller should wait for 'drain'.
   */
  default boolean write(Object chunk) {
    return WritableCore.write(stream(), chunk, null);
  }

  /** Writes a chunk; {@code callback} runs once it was handed to the underlying resource. */
  default boolean write(Object chunk, Done callback) {
    return WritableCore.write(stream(), chunk, callback);
  }

  /** Ends the stream: 'finish' follows once every buffered write completed. */
  default void end() {
    WritableCore.end(stream(), null, null);
  }

  /** Writes a last chunk, then ends the stream. */
  default void end(Object chunk) {
    WritableCore.end(stream(), chunk, null);
  }

  /** Ends the stream; {@code callback} runs on 'finish' (or with the error). */
  default void end(Done callback) {
    WritableCore.end(stream(), null, callback);
  }

  /** Writes a last chunk, then ends the stream; {@code callback} runs on 'finish'. */
  default void end(Object chunk, Done callback) {
    WritableCore.end(stream(), chunk, callback);
  }

  /** Buffers writes until the matching {@link #uncork()}. */
  default void cork() {
    WritableCore.cork(stream());
  }

  /** Releases one {@link #cork()}; the last one flushes (through writev when available). */
  default void uncork() {
    WritableCore.uncork(stream());
  }

  /** Bytes (or objects) buffered, including the chunk being written. */
  default long writableLength() {
    return stream().ws.length;
  }

  /** The buffer limit at which write() returns false. */
  default int writableHighWaterMark() {
    return stream().ws.highWaterMark;
  }

  /** True after write() returned false until 'drain'. */
  default boolean writableNeedDrain() {
    WritableState ws = stream().ws;
    return !ws.destroyed && !ws.ending && ws.needDrain;
  }

  /** How many cork() calls are not yet released. */
  default int writableCorked() {
    return stream().ws.corked;
  }

  /** Whether end() was called. */
  default boolean writableEnded() {
    return stream().ws.ending;
  }

  /** Whether 'finish' was emitted. */
  default boolean writableFinished() {
    return stream().ws.finished;
  }

  private Stream stream() {
    return (Stream) this;
  }
}
