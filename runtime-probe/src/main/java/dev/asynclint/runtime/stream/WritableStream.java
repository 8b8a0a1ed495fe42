package dev.asynclint.runtime.stream;

/** The writable API shared by {@link Writable} and {@link Duplex} (so also sockets, transforms). */
public interface WritableStream {

  /**
   * Writes a chunk. Returns false once the buffered length, counting this chunk, reaches the
   * highWaterMark; the chunk is buffered anyway, and the caller should wait for 'drain'.
   */
  boolean write(Object chunk);

  /** Writes a chunk; {@code callback} runs once it was handed to the underlying resource. */
  boolean write(Object chunk, Done callback);

  /** Ends the stream: 'finish' follows once every buffered write completed. */
  void end();

  /** Writes a last chunk, then ends the stream. */
  void end(Object chunk);

  /** Ends the stream; {@code callback} runs on 'finish' (or with the error). */
  void end(Object chunk, Done callback);

  /** Buffers writes until the matching {@link #uncork()}. */
  void cork();

  /** Releases one {@link #cork()}; the last one flushes (through writev when available). */
  void uncork();

  /** Bytes (or objects) buffered, including the chunk being written. */
  long writableLength();

  int writableHighWaterMark();

  /** True after write() returned false until 'drain'. */
  boolean writableNeedDrain();

  int writableCorked();

  boolean writableEnded();

  boolean writableFinished();
}
