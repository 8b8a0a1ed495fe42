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
   * Destinations whose write() returned false; flowing resumes once all drained. A list, not a set:
   * it holds zero or one stream almost always, and is cleared on every read.
   */
  final List<Stream> awaitDrainWriters = new ArrayList<>(2);

  /** Whether {@code s} is in awaitDrainWriters (by identity, as Node's Set; no equals calls). */
  boolean awaitingDrain(Stream s) {
    for (int i = 0, n = awaitDrainWriters.size(); i < n; i++) {
      if (awaitDrainWriters.get(i) == s) {
        return true;
      }
    }
    return false;
  }

  /** Removes {@code s} from awaitDrainWriters, by identity. */
  void stopAwaitingDrain(Stream s) {
    for (int i = 0, n = awaitDrainWriters.size(); i < n; i++) {
      if (awaitDrainWriters.get(i) == s) {
        awaitDrainWriters.remove(i);
        return;
      }
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
