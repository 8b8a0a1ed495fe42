package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;

/** Node's {@code stream.PassThrough}: a Transform that passes every chunk on unchanged. */
public class PassThrough extends Transform {

  /** A pass-through with default sizes. */
  public PassThrough(EventLoop loop) {
    this(loop, null);
  }

  /** A pass-through with {@code options} (sizes, modes). */
  public PassThrough(EventLoop loop, StreamOptions options) {
    super(loop, options);
  }

  @Override
  protected void doTransform(Object chunk, StreamOptions.TransformCallback callback) {
    callback.done(null, chunk);
  }
}
