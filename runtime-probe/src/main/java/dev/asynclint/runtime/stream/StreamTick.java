package dev.asynclint.runtime.stream;

/**
 * The stream runtime's own nextTick callbacks (Node's resume, maybeReadMore, emitReadable,
 * endReadable and afterWriteTick), as one class: the loop's drain calls {@code run()} on every
 * tick, and a pipe schedules several kinds per chunk. As separate lambdas they made that call site
 * megamorphic (an itable dispatch per tick); as one final class it stays monomorphic in stream code
 * and the JIT inlines it.
 */
final class StreamTick implements Runnable {
  static final int RESUME = 0;
  static final int MAYBE_READ_MORE = 1;
  static final int EMIT_READABLE = 2;
  static final int END_READABLE = 3;
  static final int AFTER_WRITE = 4;

  private final Stream stream;
  private final int kind;

  // AFTER_WRITE: the callbacks of synchronous writes; when coalescing, this is Node's
  // afterWriteTickInfo (later writes with the same callback add to count).
  private final WritableState state;
  Done cb;
  int count = 1;
  boolean coalescing;

  StreamTick(Readable stream, int kind) {
    this.stream = stream;
    this.kind = kind;
    this.state = null;
  }

  private StreamTick(Stream stream, WritableState state) {
    this.stream = stream;
    this.kind = AFTER_WRITE;
    this.state = state;
  }

  static StreamTick afterWrite(Stream stream, WritableState state) {
    return new StreamTick(stream, state);
  }

  @Override
  public void run() {
    switch (kind) {
      case RESUME -> ((Readable) stream).resumeNT();
      case MAYBE_READ_MORE -> ((Readable) stream).maybeReadMoreNT();
      case EMIT_READABLE -> ((Readable) stream).emitReadableNT();
      case END_READABLE -> ((Readable) stream).endReadableNT();
      default -> runAfterWrite();
    }
  }

  private void runAfterWrite() {
    Done done = cb;
    int n = count;
    cb = null;
    if (coalescing) {
      state.afterWriteTickInfo = null;
    }
    // No longer queued nor referenced: the next synchronous write may reuse it.
    state.spareTick = this;
    WritableCore.afterWrite(stream, state, n, done);
  }
}
