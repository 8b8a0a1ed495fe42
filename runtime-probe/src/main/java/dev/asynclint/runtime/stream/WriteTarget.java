package dev.asynclint.runtime.stream;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The implementation hooks of a writable side ({@code _write}, {@code _writev}, {@code _final}),
 * bound to the stream's overridable {@code do*} methods.
 */
record WriteTarget(
    StreamOptions.WriteFn write,
    StreamOptions.WritevFn writev,
    BooleanSupplier hasWritev,
    StreamOptions.FinalFn doFinal,
    BooleanSupplier hasFinal) {

  void writeChunk(Object chunk, Done callback) {
    write.write(chunk, callback);
  }

  void writeChunks(List<Object> chunks, Done callback) {
    writev.writev(chunks, callback);
  }

  boolean canWritev() {
    return hasWritev.getAsBoolean();
  }

  void finalChunk(Done callback) {
    doFinal.doFinal(callback);
  }

  boolean canFinal() {
    return hasFinal.getAsBoolean();
  }

  /** Node's default {@code _write} for a stream built from options: write, else writev of one. */
  static void writeWithOptions(StreamOptions options, Object chunk, Done callback) {
    if (options.write != null) {
      options.write.write(chunk, callback);
    } else if (options.writev != null) {
      options.writev.writev(List.of(chunk), callback);
    } else {
      throw new StreamError("ERR_METHOD_NOT_IMPLEMENTED", "The _write() method is not implemented");
    }
  }
}
