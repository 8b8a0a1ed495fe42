package dev.asynclint.runtime.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Node's ReadableState (lib/internal/streams/readable.js), field for field where it matters. */
final class ReadableState {
  final boolean objectMode;
  int highWaterMark;
  final boolean emitClose;
  final boolean autoDestroy;
  final ArrayDeque<Object> buffer = new ArrayDeque<>();
  long length;
  final List<Stream> pipes = new ArrayList<>();

  /** Node's tri-state {@code flowing} (null, true, false) as a primitive. */
  static final byte NO_CONSUMER = 0;

  static final byte FLOWING = 1;
  static final byte PAUSED = 2;

  /**
   * NO_CONSUMER: no consumer yet (null); FLOWING (true); PAUSED: paused explicitly (false). A
   * primitive, not a Boolean: it changes twice per chunk in a pipe, and a reference store costs a
   * GC write barrier.
   */
  byte flowing;

  boolean ended;
  boolean endEmitted;
  boolean reading;
  final boolean constructed = true;
  boolean sync = true;
  boolean needReadable;
  boolean emittedReadable;
  boolean readableListening;
  boolean resumeScheduled;
  boolean errorEmitted;
  boolean destroyed;
  Throwable errored;
  boolean closed;
  boolean closeEmitted;

  /**
   * Destinations whose write() returned false; flowing resumes once all drained. As in Node: the
   * one destination itself (the common case, one pipe; a field store per chunk), or a list once the
   * stream pipes into several.
   */
  private Stream awaitDrainWriter;

  private List<Stream> awaitDrainWriters;

  /** Records that {@code dest}, one of {@link #pipes}, returned false from write(). */
  void awaitDrain(Stream dest) {
    if (pipes.size() == 1 && pipes.get(0) == dest) {
      awaitDrainWriter = dest;
    } else if (pipes.size() > 1 && pipes.contains(dest)) {
      if (awaitDrainWriters == null) {
        awaitDrainWriters = new ArrayList<>(2);
      }
      // By identity, as Node's Set: no equals calls.
      for (Stream w : awaitDrainWriters) {
        if (w == dest) {
          return;
        }
      }
      awaitDrainWriters.add(dest);
    }
  }

  /** {@code dest} drained. */
  void stopAwaitingDrain(Stream dest) {
    if (awaitDrainWriter == dest) {
      awaitDrainWriter = null;
    } else if (awaitDrainWriters != null) {
      for (int i = 0, n = awaitDrainWriters.size(); i < n; i++) {
        if (awaitDrainWriters.get(i) == dest) {
          awaitDrainWriters.remove(i);
          return;
        }
      }
    }
  }

  /** Whether some destination has not drained yet. */
  boolean awaitingDrain() {
    return awaitDrainWriter != null || (awaitDrainWriters != null && !awaitDrainWriters.isEmpty());
  }

  /** Data was read: whoever waited for drain no longer holds the flow back (Node's read()). */
  void clearAwaitDrain() {
    awaitDrainWriter = null;
    if (awaitDrainWriters != null) {
      awaitDrainWriters.clear();
    }
  }

  boolean readingMore;
  boolean dataEmitted;

  ReadableState(boolean objectMode, int highWaterMark, boolean emitClose, boolean autoDestroy) {
    this.objectMode = objectMode;
    this.highWaterMark = highWaterMark;
    this.emitClose = emitClose;
    this.autoDestroy = autoDestroy;
  }
}
