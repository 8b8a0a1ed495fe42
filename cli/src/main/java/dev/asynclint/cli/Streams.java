package dev.asynclint.cli;

import java.io.PrintStream;

/**
 * The output and error streams of the running command: results go to {@link #out()}, logs and
 * progress to {@link #err()}. Tests pass their own streams to {@link AsynclintCommand#run}.
 */
final class Streams {
  private static final ThreadLocal<PrintStream> OUT = new ThreadLocal<>();
  private static final ThreadLocal<PrintStream> ERR = new ThreadLocal<>();

  private Streams() {}

  static void set(PrintStream out, PrintStream err) {
    OUT.set(out);
    ERR.set(err);
  }

  static void clear() {
    OUT.remove();
    ERR.remove();
  }

  static PrintStream out() {
    PrintStream s = OUT.get();
    return s == null ? System.out : s;
  }

  static PrintStream err() {
    PrintStream s = ERR.get();
    return s == null ? System.err : s;
  }
}
