package dev.asynclint.runtime.stream;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Chunk conversions of byte-mode streams: strings become UTF-8 bytes, as Node's Buffers. */
final class Chunks {
  private Chunks() {}

  static Object normalize(Object chunk, boolean objectMode) {
    if (objectMode) {
      return chunk;
    }
    if (chunk instanceof byte[]) {
      return chunk;
    }
    if (chunk instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    throw new StreamError(
        "ERR_INVALID_ARG_TYPE",
        "The \"chunk\" argument must be of type string or byte[]; received "
            + (chunk == null ? "null" : chunk.getClass().getName()));
  }

  static int length(Object chunk, boolean objectMode) {
    return objectMode ? 1 : ((byte[]) chunk).length;
  }

  static byte[] concat(Collection<Object> chunks, int total) {
    byte[] out = new byte[total];
    int at = 0;
    for (Object c : chunks) {
      byte[] b = (byte[]) c;
      int n = Math.min(b.length, total - at);
      System.arraycopy(b, 0, out, at, n);
      at += n;
      if (at == total) {
        break;
      }
    }
    return out;
  }
}
