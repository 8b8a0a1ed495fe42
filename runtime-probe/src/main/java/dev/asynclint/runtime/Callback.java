package dev.asynclint.runtime;

/**
 * A Node-style completion callback: exactly one of {@code error} and {@code value} is meaningful.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Callback<T> {
  void done(Throwable error, T value);
}
