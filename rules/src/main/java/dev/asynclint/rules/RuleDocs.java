package dev.asynclint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads a rule's documentation, {@code docs/<RuleId>.md} beside this class. The same bytes feed
 * {@code asynclint explain} and SARIF {@code help}.
 */
public final class RuleDocs {
  private RuleDocs() {}

  public static String load(String ruleId) {
    String resource = "docs/" + ruleId + ".md";
    try (InputStream in = RuleDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rule " + ruleId + " has no doc " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
