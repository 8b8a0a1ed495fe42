package dev.asynclint.core.expect;

import java.util.Optional;

/**
 * An {@code // expect: RuleId "message part"} comment: a finding of {@code ruleId} must start on
 * {@code line} of {@code path}, and its message must contain {@code messagePart} when given.
 */
public record ExpectMarker(String path, int line, String ruleId, Optional<String> messagePart) {
  @Override
  public String toString() {
    return path
        + ":"
        + line
        + ": expect "
        + ruleId
        + messagePart.map(m -> " \"" + m + "\"").orElse("");
  }
}
