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

  /** Node's afterWriteTickInfo: the queued tick that runs the synchronous writes' callbacks. */
  StreamTick afterWriteTickInfo;

  /** An after-write tick that has run, reused for the next one (one allocation per stream). */
  StreamTick spareTick;

  /** Node's kAfterWritePending: an after-write tick is queued. */
  boolean afterWritePending;

  /** Node's kAllNoop: every buffered write was made without a callback. */
  boolean allNoop = true;

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
}
