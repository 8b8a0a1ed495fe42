package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;
import java.util.List;

/**
 * Node's {@code stream.Writable}. Implement it with {@link StreamOptions#write} (and optionally
 * {@code writev}, {@code doFinal}, {@code destroy}) or by overriding the {@code do*} methods.
 *
 * <p>{@link #write} returns false once the buffered length including the chunk is at least the
 * highWaterMark (default 64 KiB, 16 objects in object mode); the data is still buffered. 'drain'
 * fires only after such a false return, once the buffer is empty again.
 */
public class Writable extends Stream implements WritableStream {

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

  /** Ends the stream; {@code callback} runs on 'finish'. */
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

  /** Node's {@code _write}: hand {@code chunk} on, then call {@code callback}. */
  protected void doWrite(Object chunk, Done callback) {
    if (options.write != null) {
      options.write.write(chunk, callback);
    } else if (options.writev != null) {
      options.writev.writev(List.of(chunk), callback);
    } else {
      throw new StreamError("ERR_METHOD_NOT_IMPLEMENTED", "The _write() method is not implemented");
    }
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
      return Writable.this.hasWritev();
    }

    @Override
    public void finalChunk(Done callback) {
      doFinal(callback);
    }

    @Override
    public boolean hasFinal() {
      return Writable.this.hasFinal();
    }
  }
}
