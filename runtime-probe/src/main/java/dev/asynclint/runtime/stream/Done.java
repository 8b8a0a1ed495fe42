package dev.asynclint.runtime.stream;

/** A Node-style completion callback that only reports an error (null on success). */
@FunctionalInterface
public interface Done {
  /** Does nothing; the callback pipe() passes to write(). */
  Done NOOP = err -> {};

  void done(Throwable error);

  /** Completes without error. */
  default void ok() {
    done(null);
  }
}
