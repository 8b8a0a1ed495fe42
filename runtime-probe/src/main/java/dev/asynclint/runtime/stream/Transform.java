package dev.asynclint.runtime.stream;

import dev.asynclint.runtime.EventLoop;

/**
 * Node's {@code stream.Transform}: each written chunk goes through {@code transform} and comes out
 * of the readable side. The write callback is held back while the readable buffer is at its
 * highWaterMark, so a slow consumer slows the producer (lib/internal/streams/transform.js).
 */
public class Transform extends Duplex {
  private Done pendingCallback;

  /** A transform with {@code options}; set {@code transform} or override {@link #doTransform}. */
  public Transform(EventLoop loop, StreamOptions options) {
    super(loop, options);
    rs.sync = false;
  }

  /** Node's {@code _transform}; by default the {@code transform} option. */
  protected void doTransform(Object chunk, StreamOptions.TransformCallback callback) {
    if (options.transform == null) {
      throw new StreamError(
          "ERR_METHOD_NOT_IMPLEMENTED", "The _transform() method is not implemented");
    }
    options.transform.transform(chunk, callback);
  }

  /** Node's {@code _flush}: last output before the readable side ends. */
  protected void doFlush(StreamOptions.TransformCallback callback) {
    if (options.flush != null) {
      options.flush.flush(callback);
    } else {
      callback.done(null, null);
    }
  }

  @Override
  protected final void doWrite(Object chunk, Done callback) {
    long length = rs.length;
    doTransform(
        chunk,
        (err, val) -> {
          if (err != null) {
            callback.done(err);
            return;
          }
          if (val != null) {
            push(val);
          }
          if (rs.ended) {
            // push(null) from _transform: the callback waits a tick so the new state propagates.
            loop.nextTick(callback::ok);
          } else if (ws.ended || length == rs.length || rs.length < rs.highWaterMark) {
            callback.ok();
          } else {
            pendingCallback = callback;
          }
        });
  }

  @Override
  protected final void doRead(int size) {
    if (pendingCallback != null) {
      Done cb = pendingCallback;
      pendingCallback = null;
      cb.ok();
    }
  }

  @Override
  protected final boolean hasFinal() {
    return true;
  }

  @Override
  protected final void doFinal(Done callback) {
    if (!destroyed()) {
      doFlush(
          (err, data) -> {
            if (err != null) {
              callback.done(err);
              return;
            }
            if (data != null) {
              push(data);
            }
            push(null);
            callback.ok();
          });
    } else {
      push(null);
      callback.ok();
    }
  }
}
