package dev.asynclint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SourceText}: the reasons a file cannot be analysed, each with its position. */
class SourceTextTest {
  private static final long NO_LIMIT = Long.MAX_VALUE;

  @TempDir Path dir;

  private SourceFile file(byte[] bytes) throws IOException {
    Path p = Files.write(dir.resolve("A.java"), bytes);
    return new SourceFile(p, "src/A.java", Language.JAVA, bytes.length);
  }

  private static byte[] bytes(Object... parts) {
    var out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  private static Diagnostic problem(SourceText.Outcome outcome) {
    return assertInstanceOf(SourceText.Problem.class, outcome).diagnostic();
  }

  private static String text(SourceText.Outcome outcome) {
    return assertInstanceOf(SourceText.Text.class, outcome).text();
  }

  @Test
  void plainUtf8IsReadAsIs() throws IOException {
    String source = "class A {\n  String s = \"é € 😀\";\n}\n";
    assertEquals(source, text(SourceText.read(file(bytes(source)), NO_LIMIT)));
  }

  @Test
  void emptyFileIsEmptyText() throws IOException {
    assertEquals("", text(SourceText.read(file(new byte[0]), NO_LIMIT)));
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    SourceText.Outcome read = SourceText.read(file(bytes(0xef, 0xbb, 0xbf, "class A {}\n")), 100);
    assertEquals("class A {}\n", text(read));
  }

  @Test
  void onlyALeadingByteOrderMarkIsDropped() throws IOException {
    String withInnerBom = "a\uFEFFb";
    assertEquals(withInnerBom, text(SourceText.read(file(bytes(withInnerBom)), NO_LIMIT)));
  }

  @Test
  void tooLargeIsReportedWithoutReading() throws IOException {
    SourceFile f = file(bytes("class A {}\n"));
    Diagnostic d = problem(SourceText.read(f, 5));
    assertEquals(Diagnostic.Kind.FILE_TOO_LARGE, d.kind());
    assertEquals(Severity.ERROR, d.level());
    assertEquals("src/A.java", d.path());
    assertTrue(d.message().contains("11 bytes"), d.message());
    assertTrue(d.message().contains("limit of 5"), d.message());
    assertInstanceOf(SourceText.Text.class, SourceText.read(f, 11), "the limit is inclusive");
  }

  @Test
  void nulByteMeansBinaryAndNamesItsOffset() throws IOException {
    Diagnostic d = problem(SourceText.read(file(bytes("abc", 0, "def")), NO_LIMIT));
    assertEquals(Diagnostic.Kind.BINARY_FILE, d.kind());
    assertEquals("src/A.java", d.path());
    assertTrue(d.message().contains("offset 3"), d.message());
  }

  @Test
  void binaryWinsOverBadUtf8() throws IOException {
    Diagnostic d = problem(SourceText.read(file(bytes(0xff, "x", 0)), NO_LIMIT));
    assertEquals(Diagnostic.Kind.BINARY_FILE, d.kind());
    assertTrue(d.message().contains("offset 2"), d.message());
  }

  @Test
  void nulAfterTheSniffWindowIsNotBinary() throws IOException {
    // git's test looks at the first 8000-odd bytes only; a late NUL is then bad text, not binary.
    byte[] b = bytes("a".repeat(8192), 0);
    assertInstanceOf(SourceText.Text.class, SourceText.read(file(b), NO_LIMIT));
  }

  /**
   * Line and column of the first bad byte: lines are 1-based, columns count characters (UTF-16 code
   * units, as every other column in asynclint) before the bad byte on its line.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "first byte,            1, 1",
    "after ascii,           1, 3",
    "second line,           2, 3",
    "after CRLF,            2, 1",
    "after two-byte char,   1, 2",
    "after three-byte char, 1, 3",
    "after four-byte char,  1, 3",
    "lone continuation,     1, 2",
    "truncated at end,      1, 4",
    "truncated mid-line,    1, 3",
    "after BOM,             1, 2",
    "overlong encoding,     3, 2",
  })
  void notUtf8NamesLineAndColumnOfTheFirstBadByte(String shape, int line, int column)
      throws IOException {
    byte[] b =
        switch (shape) {
          case "first byte" -> bytes(0xff, "abc");
          case "after ascii" -> bytes("ab", 0xff, "c\n", 0xfe);
          case "second line" -> bytes("ab\ncd", 0xff, "e");
          case "after CRLF" -> bytes("ab\r\n", 0xff);
          case "after two-byte char" -> bytes("é", 0xff);
          case "after three-byte char" -> bytes("€x", 0xff);
          case "after four-byte char" -> bytes("😀", 0xff);
          case "lone continuation" -> bytes("a", 0x80, "b");
          case "truncated at end" -> bytes("abc", 0xe2, 0x82);
          case "truncated mid-line" -> bytes("ab", 0xe2, 0x82, "c");
          case "after BOM" -> bytes(0xef, 0xbb, 0xbf, "x", 0xff);
          case "overlong encoding" -> bytes("1\n2\n3", 0xc0, 0xaf);
          default -> throw new IllegalArgumentException(shape);
        };
    Diagnostic d = problem(SourceText.read(file(b), NO_LIMIT));
    assertEquals(Diagnostic.Kind.NOT_UTF8, d.kind(), d.message());
    assertEquals(Severity.ERROR, d.level());
    assertEquals("src/A.java", d.path());
    assertEquals(line + ":" + column, d.line() + ":" + d.column(), shape);
  }

  @Test
  void notUtf8NamesTheByteOffset() throws IOException {
    Diagnostic d = problem(SourceText.read(file(bytes("ab\ncd", 0xff)), NO_LIMIT));
    assertTrue(d.message().contains("offset 5"), d.message());
  }

  @Test
  void latin1FileFarIntoTheTextIsFoundWhereItBreaks() throws IOException {
    // A long valid prefix makes the decoder grow its buffer before it meets the bad byte.
    String prefix = "// ünïcödé €\n".repeat(2000);
    byte[] b = bytes(prefix, "String s = \"caf", 0xe9, "\";\n");
    Diagnostic d = problem(SourceText.read(file(b), NO_LIMIT));
    assertEquals(Diagnostic.Kind.NOT_UTF8, d.kind());
    assertEquals(2001, d.line());
    assertEquals(16, d.column());
  }

  @Test
  void unreadableFileIsAnIoError() {
    var missing = new SourceFile(dir.resolve("Gone.java"), "Gone.java", Language.JAVA, 3);
    Diagnostic d = problem(SourceText.read(missing, NO_LIMIT));
    assertEquals(Diagnostic.Kind.IO_ERROR, d.kind());
    assertEquals("Gone.java", d.path());
  }
}
