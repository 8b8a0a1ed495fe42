package dev.asynclint.runtime;

/**
 * Thrown by {@link EventLoop#run} when a callback threw (Node's uncaught exception, which ends the
 * process) or a promise rejection was never handled.
 */
public final class CallbackFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CallbackFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
