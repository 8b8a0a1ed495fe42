package dev.asynclint.core.suppress;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of a line comment {@code asynclint-disable-next-line RuleA, RuleB -- reason},
 * shared by the Java and JavaScript front ends so both accept exactly the same syntax.
 */
public final class DisableComment {
  private static final Pattern FORM =
      Pattern.compile("^\\s*asynclint-disable-next-line(?:\\s+([^-]*?))?\\s*(?:--\\s*(.*))?$");

  /** The rules (empty = all) and justification of one disable comment. */
  public record Parsed(Set<String> ruleIds, String justification) {}

  private DisableComment() {}

  /** Parses comment text without the {@code //} (or {@code /* *\/}) delimiters. */
  public static Optional<Parsed> parse(String commentText) {
    Matcher m = FORM.matcher(commentText.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Set<String> ids = new LinkedHashSet<>();
    if (m.group(1) != null && !m.group(1).isBlank()) {
      Arrays.stream(m.group(1).split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(ids::add);
    }
    String reason = m.group(2) == null ? "" : m.group(2).strip();
    return Optional.of(new Parsed(ids, reason));
  }
}
