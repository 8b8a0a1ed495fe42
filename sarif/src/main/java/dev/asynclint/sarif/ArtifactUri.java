package dev.asynclint.sarif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a report path into a SARIF URI. Paths under the analysis root (all of them, when asynclint
 * runs from the repository root) become relative references resolved against {@code %SRCROOT%}:
 * {@code /} separators, each byte outside RFC 3986 {@code pchar} percent-encoded (UTF-8), which is
 * what GitHub code scanning maps to files of the checkout. A file analysed from outside the root is
 * reported by discovery with its absolute path; it becomes an absolute {@code file:} URI with no
 * base, since no relative form exists. A {@code ..} segment never comes from discovery and is
 * rejected as a bug of the caller.
 */
final class ArtifactUri {
  private ArtifactUri() {}

  /** Characters left as they are: RFC 3986 unreserved, sub-delims and {@code @}. */
  private static final String SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@";

  /** True when {@code path} is relative and so belongs under {@code %SRCROOT%}. */
  static boolean isRelative(String path) {
    String p = path.replace('\\', '/');
    return !p.startsWith("/") && !p.matches("^[A-Za-z]:/.*");
  }

  static String of(String reportPath) {
    String path = reportPath.replace('\\', '/');
    if (path.isEmpty() || ("/" + path + "/").contains("/../")) {
      throw new IllegalArgumentException("not a usable report path: '" + reportPath + "'");
    }
    if (!isRelative(path)) {
      return Path.of(reportPath).toUri().toASCIIString();
    }
    var out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c == '/' || (c < 0x80 && SAFE.indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
