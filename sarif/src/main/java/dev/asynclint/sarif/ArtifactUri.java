package dev.asynclint.sarif;

import java.nio.charset.StandardCharsets;

/**
 * Turns a root-relative path into the relative URI reference SARIF wants under {@code %SRCROOT%}:
 * {@code /} separators, each byte outside RFC 3986 {@code pchar} percent-encoded (UTF-8). GitHub
 * code scanning maps such URIs to files of the checked-out repository; an absolute path or a {@code
 * ..} segment would point outside it, so both are rejected as bugs of the caller.
 */
final class ArtifactUri {
  private ArtifactUri() {}

  /** Characters left as they are: RFC 3986 unreserved, sub-delims and {@code @}. */
  private static final String SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@";

  static String of(String relativePath) {
    String path = relativePath.replace('\\', '/');
    if (path.isEmpty()
        || path.startsWith("/")
        || path.matches("^[A-Za-z]:/.*")
        || ("/" + path + "/").contains("/../")) {
      throw new IllegalArgumentException(
          "SARIF locations must be relative to the source root: '" + relativePath + "'");
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
