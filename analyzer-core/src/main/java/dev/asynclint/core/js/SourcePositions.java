package dev.asynclint.core.js;

import dev.asynclint.core.finding.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps between the UTF-8 byte offsets tree-sitter works in and the positions reports use (1-based
 * lines, 1-based columns in UTF-16 code units). Pure-ASCII text, the common case, maps one to one.
 */
final class SourcePositions {
  private final String text;
  private final byte[] utf8;
  private final boolean ascii;
  private final int[] lineStartBytes;

  SourcePositions(String text) {
    this.text = text;
    this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    this.ascii = utf8.length == text.length();
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStartBytes = Arrays.copyOf(starts, count);
  }

  String text() {
    return text;
  }

  int byteLength() {
    return utf8.length;
  }

  /** The text between two byte offsets. */
  String slice(int startByte, int endByte) {
    int s = Math.max(0, Math.min(startByte, utf8.length));
    int e = Math.max(s, Math.min(endByte, utf8.length));
    return ascii ? text.substring(s, e) : new String(utf8, s, e - s, StandardCharsets.UTF_8);
  }

  /**
   * Byte offsets where {@code word} (ASCII) stands as a whole word: not preceded or followed by an
   * identifier character. Searching the UTF-8 bytes is safe because multi-byte sequences never
   * contain ASCII bytes; a non-ASCII neighbour counts as an identifier character, to stay strict.
   */
  int[] wordOffsets(String word) {
    byte[] needle = word.getBytes(StandardCharsets.US_ASCII);
    int[] hits = new int[8];
    int count = 0;
    outer:
    for (int i = 0; i + needle.length <= utf8.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (utf8[i + j] != needle[j]) {
          continue outer;
        }
      }
      if ((i > 0 && isIdentifierByte(utf8[i - 1]))
          || (i + needle.length < utf8.length && isIdentifierByte(utf8[i + needle.length]))) {
        continue;
      }
      if (count == hits.length) {
        hits = Arrays.copyOf(hits, count * 2);
      }
      hits[count++] = i;
    }
    return Arrays.copyOf(hits, count);
  }

  /** Byte offsets of an ASCII token wherever it occurs (no word-boundary test). */
  int[] tokenOffsets(String token) {
    byte[] needle = token.getBytes(StandardCharsets.US_ASCII);
    int[] hits = new int[8];
    int count = 0;
    outer:
    for (int i = 0; i + needle.length <= utf8.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (utf8[i + j] != needle[j]) {
          continue outer;
        }
      }
      if (count == hits.length) {
        hits = Arrays.copyOf(hits, count * 2);
      }
      hits[count++] = i;
    }
    return Arrays.copyOf(hits, count);
  }

  private static boolean isIdentifierByte(byte b) {
    return b < 0
        || (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '_'
        || b == '$';
  }

  /** 1-based line of a byte offset. */
  int line(int byteOffset) {
    int idx = Arrays.binarySearch(lineStartBytes, byteOffset);
    return (idx >= 0 ? idx : -idx - 2) + 1;
  }

  /** 1-based UTF-16 column of a byte offset. */
  int column(int byteOffset) {
    int lineStart = lineStartBytes[line(byteOffset) - 1];
    if (ascii) {
      return byteOffset - lineStart + 1;
    }
    return new String(utf8, lineStart, byteOffset - lineStart, StandardCharsets.UTF_8).length() + 1;
  }

  /**
   * The location of the bytes {@code [startByte, endByte)}; as {@link SourceLocation} says, the end
   * column is the one after the last character.
   */
  SourceLocation location(String path, int startByte, int endByte) {
    int endInclusive = Math.max(startByte, endByte - 1);
    return new SourceLocation(
        path, line(startByte), column(startByte), line(endInclusive), column(endInclusive) + 1);
  }
}
