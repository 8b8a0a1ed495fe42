package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;
import java.util.List;

/**
 * Node's {@code stream.Duplex}: a {@link Readable} that is also writable. With {@code
 * allowHalfOpen(false)} the writable side ends when the readable side ends (as net sockets do).
 */
public non-sealed class Duplex extends Readable implements WritableStream {

  /** A duplex stream implemented by overriding the {@code do*} methods. */
  public Duplex(EventLoop loop) {
    this(loop, null);
  }

  /** A duplex stream with {@code options} (sizes, modes, read/write functions). */
  public Duplex(EventLoop loop, StreamOptions options) {
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

  /** Node's {@code _write}. */
  protected void doWrite(Object chunk, Done callback) {
    WriteTarget.writeWithOptions(options, chunk, callback);
  }

  /** Node's {@code _writev}. */
  protected void doWritev(List<Object> chunks, Done callback) {
    options.writev.writev(chunks, callback);
  }

  protected boolean hasWritev() {
    return options.writev != null;
  }

  /** Node's {@code _final}. */
  protected void doFinal(Done callback) {
    options.doFinal.doFinal(callback);
  }

  protected boolean hasFinal() {
    return options.doFinal != null;
  }
}
