package dev.asynclint.core.engine;

/** Receives progress of the per-file phase (the CLI draws a bar on a terminal). */
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> {};

  /** Called from worker threads after each file. */
  void fileDone(int done, int total);
}
