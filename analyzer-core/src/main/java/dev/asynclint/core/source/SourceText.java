package dev.asynclint.core.source;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads a file as text, or says clearly why it cannot be analysed: too large, binary (a NUL byte in
 * the first 8 KiB, git's own test), or not UTF-8 (with the line and column of the first bad byte).
 * A UTF-8 byte-order mark is dropped.
 */
public final class SourceText {
  private static final int BINARY_SNIFF_BYTES = 8192;

  private SourceText() {}

  /** Either the text or the diagnostic that replaces it. */
  public sealed interface Outcome permits Text, Problem {}

  public record Text(String text) implements Outcome {}

  public record Problem(Diagnostic diagnostic) implements Outcome {}

  public static Outcome read(SourceFile file, long maxBytes) {
    if (file.size() > maxBytes) {
      return new Problem(
          Diagnostic.ofFile(
              Diagnostic.Kind.FILE_TOO_LARGE,
              file.relativePath(),
              "skipped: "
                  + file.size()
                  + " bytes is more than the limit of "
                  + maxBytes
                  + " (maxFileBytes)"));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.absolutePath());
    } catch (IOException e) {
      return new Problem(
          Diagnostic.ofFile(
              Diagnostic.Kind.IO_ERROR, file.relativePath(), "cannot read: " + e.getMessage()));
    }
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        return new Problem(
            Diagnostic.ofFile(
                Diagnostic.Kind.BINARY_FILE,
                file.relativePath(),
                "skipped: the file looks binary (NUL byte at offset " + i + ")"));
      }
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer chars = decoder.decode(in);
      return new Text(chars.toString());
    } catch (MalformedInputException e) {
      return new Problem(notUtf8(file, bytes, start, in.position()));
    } catch (CharacterCodingException e) {
      return new Problem(notUtf8(file, bytes, start, in.position()));
    }
  }

  private static Diagnostic notUtf8(SourceFile file, byte[] bytes, int start, int badOffset) {
    // The decoder stops at the bad byte; count lines before it for a useful position.
    int line = 1;
    int column = 1;
    for (int i = start; i < Math.min(badOffset, bytes.length); i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xc0) != 0x80) {
        // Columns count UTF-16 code units (SourceLocation, SARIF): a 4-byte sequence is two.
        column += (bytes[i] & 0xf8) == 0xf0 ? 2 : 1;
      }
    }
    return new Diagnostic(
        Diagnostic.Kind.NOT_UTF8,
        Severity.ERROR,
        file.relativePath(),
        line,
        column,
        "skipped: the file is not valid UTF-8 (first bad byte at offset " + badOffset + ")");
  }
}
