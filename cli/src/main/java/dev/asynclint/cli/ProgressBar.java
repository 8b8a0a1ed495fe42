package dev.asynclint.cli;

import dev.asynclint.core.engine.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private int lastPercent = -1;

  ProgressBar(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void fileDone(int done, int total) {
    int percent = total == 0 ? 100 : done * 100 / total;
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " files");
    err.flush();
  }

  static void clear(PrintStream err) {
    err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
    err.flush();
  }
}
