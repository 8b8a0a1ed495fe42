package dev.asynclint.runtime.stream;

/**
 * An error raised by the stream machinery, carrying Node's error code (e.g.
 * ERR_STREAM_WRITE_AFTER_END).
 */
public final class StreamError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  /** An error with Node's {@code code} and message. */
  public StreamError(String code, String message) {
    super(message);
    this.code = code;
  }

  /** Node's {@code err.code}. */
  public String code() {
    return code;
  }

  static StreamError writeAfterEnd() {
    return new StreamError("ERR_STREAM_WRITE_AFTER_END", "write after end");
  }

  static StreamError destroyed(String method) {
    return new StreamError(
        "ERR_STREAM_DESTROYED", "Cannot call " + method + " after a stream was destroyed");
  }

  static StreamError prematureClose() {
    return new StreamError("ERR_STREAM_PREMATURE_CLOSE", "Premature close");
  }
}
