package dev.asynclint.runtime.stream;

/**
 * The implementation hooks of a writable side ({@code _write}, {@code _writev}, {@code _final}).
 */
interface WriteTarget {
  void writeChunk(Object chunk, Done callback);

  void writeChunks(java.util.List<Object> chunks, Done callback);

  boolean hasWritev();

  void finalChunk(Done callback);

  boolean hasFinal();
}
