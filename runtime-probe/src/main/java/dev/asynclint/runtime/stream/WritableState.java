package dev.asynclint.runtime.stream;

import java.util.ArrayList;
import java.util.List;

/** Node's WritableState (lib/internal/streams/writable.js), field for field where it matters. */
final class WritableState {
  final boolean objectMode;
  final int highWaterMark;
  final boolean emitClose;
  final boolean autoDestroy;
  boolean finalCalled;
  boolean needDrain;
  boolean ending;
  boolean ended;
  boolean finished;
  boolean destroyed;
  long length;
  boolean writing;
  int corked;
  boolean sync = true;
  boolean bufferProcessing;
  Done onwrite;
  Done writecb;
  long writelen;
  AfterWriteTick afterWriteTickInfo;

  /** An AfterWriteTick that has run, reused for the next one (one allocation per stream). */
  AfterWriteTick spareTick;

  final List<Entry> buffered = new ArrayList<>();
  int bufferedIndex;
  int pendingcb;
  final boolean constructed = true;
  boolean prefinished;
  boolean errorEmitted;
  Throwable errored;
  boolean closed;
  boolean closeEmitted;
  final List<Done> onFinished = new ArrayList<>();

  /** One backpressure-ignored report per false-to-'drain' episode (probe only). */
  boolean backpressureReported;

  WritableState(boolean objectMode, int highWaterMark, boolean emitClose, boolean autoDestroy) {
    this.objectMode = objectMode;
    this.highWaterMark = highWaterMark;
    this.emitClose = emitClose;
    this.autoDestroy = autoDestroy;
  }

  record Entry(Object chunk, Done callback) {}

  /** Node's afterWriteTickInfo: the coalesced callbacks of synchronous writes, run as a tick. */
  static final class AfterWriteTick implements Runnable {
    final Stream stream;
    final WritableState state;
    Done cb;
    int count = 1;

    AfterWriteTick(Stream stream, WritableState state, Done cb) {
      this.stream = stream;
      this.state = state;
      this.cb = cb;
    }

    @Override
    public void run() {
      Done done = cb;
      int n = count;
      cb = null;
      state.afterWriteTickInfo = null;
      // No longer queued nor referenced: the next synchronous write may reuse it.
      state.spareTick = this;
      WritableCore.afterWrite(stream, state, n, done);
    }
  }
}
