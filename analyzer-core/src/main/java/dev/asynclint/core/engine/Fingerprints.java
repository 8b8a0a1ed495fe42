package dev.asynclint.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Line-independent finding identity (DESIGN 7): a hash of the rule, the file, the enclosing member,
 * the snippet with all whitespace removed, and the occurrence index among findings with the same
 * four. Moving code, adding lines above it or reformatting it keeps the fingerprint; renaming the
 * enclosing member or editing the flagged expression changes it.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** Removes all whitespace so re-indentation and line breaks do not matter. */
  public static String normaliseSnippet(String snippet) {
    return snippet.replaceAll("\\s+", "");
  }

  public static String of(
      String ruleId, String path, String anchor, String snippet, int occurrence) {
    String key =
        String.join(
            "\u0000",
            ruleId,
            path,
            anchor,
            normaliseSnippet(snippet),
            Integer.toString(occurrence));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
