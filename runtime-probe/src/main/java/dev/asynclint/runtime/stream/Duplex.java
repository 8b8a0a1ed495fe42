package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;
import java.util.List;

/**
 * Node's {@code stream.Duplex}: a {@link Readable} that is also writable. With {@code
 * allowHalfOpen(false)} the writable side ends when the readable side ends (as net sockets do).
 */
public class Duplex extends Readable implements WritableStream {

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
        new Hooks(),
        objectMode,
        hwm(this.options.writableHighWaterMark, objectMode),
        this.options);
  }

  @Override
  public boolean write(Object chunk) {
    return WritableCore.write(this, chunk, null);
  }

  @Override
  public boolean write(Object chunk, Done callback) {
    return WritableCore.write(this, chunk, callback);
  }

  @Override
  public void end() {
    WritableCore.end(this, null, null);
  }

  @Override
  public void end(Object chunk) {
    WritableCore.end(this, chunk, null);
  }

  @Override
  public void end(Object chunk, Done callback) {
    WritableCore.end(this, chunk, callback);
  }

  /** Ends the writable side; {@code callback} runs on 'finish'. */
  public void end(Done callback) {
    WritableCore.end(this, null, callback);
  }

  @Override
  public void cork() {
    WritableCore.cork(this);
  }

  @Override
  public void uncork() {
    WritableCore.uncork(this);
  }

  @Override
  public long writableLength() {
    return ws.length;
  }

  @Override
  public int writableHighWaterMark() {
    return ws.highWaterMark;
  }

  @Override
  public boolean writableNeedDrain() {
    return !ws.destroyed && !ws.ending && ws.needDrain;
  }

  @Override
  public int writableCorked() {
    return ws.corked;
  }

  @Override
  public boolean writableEnded() {
    return ws.ending;
  }

  @Override
  public boolean writableFinished() {
    return ws.finished;
  }

  /** Node's {@code _write}. */
  protected void doWrite(Object chunk, Done callback) {
    if (options.write != null) {
      options.write.write(chunk, callback);
    } else if (options.writev != null) {
      options.writev.writev(List.of(chunk), callback);
    } else {
      throw new StreamError("ERR_METHOD_NOT_IMPLEMENTED", "The _write() method is not implemented");
    }
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

  private final class Hooks implements WriteTarget {
    @Override
    public void writeChunk(Object chunk, Done callback) {
      doWrite(chunk, callback);
    }

    @Override
    public void writeChunks(List<Object> chunks, Done callback) {
      doWritev(chunks, callback);
    }

    @Override
    public boolean hasWritev() {
      return Duplex.this.hasWritev();
    }

    @Override
    public void finalChunk(Done callback) {
      doFinal(callback);
    }

    @Override
    public boolean hasFinal() {
      return Duplex.this.hasFinal();
    }
  }
}
