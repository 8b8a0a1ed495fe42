package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;
import java.util.List;

/**
 * Node's {@code stream.Writable}. Implement it with {@link StreamOptions#write} (and optionally
 * {@code writev}, {@code doFinal}, {@code destroy}) or by overriding the {@code do*} methods.
 *
 * <p>{@link #write} returns false once the buffered length, counting the chunk unless a synchronous
 * {@code _write} already consumed it, is at least the highWaterMark (default 64 KiB, 16 objects in
 * object mode); the data is still buffered. 'drain' fires only after such a false return, once the
 * buffer is empty again.
 */
public non-sealed class Writable extends Stream implements WritableStream {

  /** A writable implemented by overriding the {@code do*} methods. */
  public Writable(EventLoop loop) {
    this(loop, null);
  }

  /** A writable with {@code options} (sizes, modes, write functions). */
  public Writable(EventLoop loop, StreamOptions options) {
    super(loop, options);
    boolean objectMode = this.options.objectMode || this.options.writableObjectMode;
    WritableCore.init(
        this,
        new WriteTarget(
            this::doWrite, this::doWritev, this::hasWritev, this::doFinal, this::hasFinal),
        objectMode,
        hwm(this.options.writableHighWaterMark, objectMode),
        this.options);
  }

  /** Node's {@code _write}: hand {@code chunk} on, then call {@code callback}. */
  protected void doWrite(Object chunk, Done callback) {
    WriteTarget.writeWithOptions(options, chunk, callback);
  }

  /** Node's {@code _writev}; used for corked or queued chunks when {@link #hasWritev()}. */
  protected void doWritev(List<Object> chunks, Done callback) {
    options.writev.writev(chunks, callback);
  }

  /** Whether {@link #doWritev} is implemented; override together with it. */
  protected boolean hasWritev() {
    return options.writev != null;
  }

  /** Node's {@code _final}: runs after end() once all writes completed, before 'finish'. */
  protected void doFinal(Done callback) {
    options.doFinal.doFinal(callback);
  }

  /** Whether {@link #doFinal} is implemented; override together with it. */
  protected boolean hasFinal() {
    return options.doFinal != null;
  }
}
