package dev.asynclint.core.js;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lowest version an npm semver range ({@code engines.node}) admits: the oldest Node the package
 * promises to run on, so the version whose behaviour a user must not break. Supports {@code ||},
 * hyphen ranges, comparators, caret, tilde and x-ranges; upper bounds only decide whether an
 * alternative admits anything at all.
 */
final class SemverRange {
  private static final Pattern COMPARATOR =
      Pattern.compile(
          "(<=|>=|<|>|=|\\^|~>?)?\\s*v?(\\d+|[xX*])?(?:\\.(\\d+|[xX*]))?(?:\\.(\\d+|[xX*]))?[^\\s]*");

  private SemverRange() {}

  static Optional<NodeVersion> lowest(String range) {
    Optional<NodeVersion> best = Optional.empty();
    for (String alternative : range.split("\\|\\|")) {
      Optional<NodeVersion> low = lowestOf(alternative.strip());
      if (low.isPresent() && (best.isEmpty() || low.get().compareTo(best.get()) < 0)) {
        best = low;
      }
    }
    return best;
  }

  private static Optional<NodeVersion> lowestOf(String alternative) {
    if (alternative.isEmpty() || alternative.equals("*") || alternative.equalsIgnoreCase("x")) {
      return Optional.of(new NodeVersion(0, 0, 0));
    }
    String[] hyphen = alternative.split("\\s+-\\s+");
    if (hyphen.length == 2) {
      return bound(hyphen[0].strip(), ">=").flatMap(low -> upperAdmits(hyphen[1], low));
    }
    NodeVersion low = new NodeVersion(0, 0, 0);
    List<String[]> uppers = new ArrayList<>();
    for (String part : alternative.replaceAll("(<=|>=|<|>|=|\\^|~)\\s+", "$1").split("\\s+")) {
      Matcher m = COMPARATOR.matcher(part);
      if (!m.matches() || m.group(2) == null) {
        return Optional.empty();
      }
      String written = m.group(1) == null ? "" : m.group(1);
      String op = written.isEmpty() ? "=" : written;
      if (op.equals("<") || op.equals("<=")) {
        uppers.add(new String[] {op, part.substring(written.length())});
        continue;
      }
      Optional<NodeVersion> b = bound(part.substring(written.length()), op);
      if (b.isEmpty()) {
        return Optional.empty();
      }
      if (b.get().compareTo(low) > 0) {
        low = b.get();
      }
    }
    NodeVersion candidate = low;
    for (String[] upper : uppers) {
      Optional<NodeVersion> u = NodeVersion.parse(upper[1].replaceAll("[xX*]", "0"));
      if (u.isEmpty()) {
        return Optional.empty();
      }
      int c = candidate.compareTo(u.get());
      if (c > 0 || (c == 0 && upper[0].equals("<"))) {
        return Optional.empty();
      }
    }
    return Optional.of(candidate);
  }

  private static Optional<NodeVersion> upperAdmits(String upper, NodeVersion low) {
    Optional<NodeVersion> u = NodeVersion.parse(upper.strip().replaceAll("[xX*]", "0"));
    return u.isPresent() && u.get().compareTo(low) >= 0 ? Optional.of(low) : Optional.empty();
  }

  /** The lowest version admitted by one lower-bound comparator. */
  private static Optional<NodeVersion> bound(String version, String op) {
    String v = version.strip().replaceFirst("^v", "");
    String[] parts = v.split("[.+-]", -1);
    int[] nums = new int[3];
    int given = 0;
    for (int i = 0; i < Math.min(3, parts.length); i++) {
      if (parts[i].matches("\\d+")) {
        nums[i] = Integer.parseInt(parts[i]);
        given++;
      } else {
        break; // x, X, * or a pre-release tag: the rest is a wildcard
      }
    }
    if (given == 0) {
      return Optional.of(new NodeVersion(0, 0, 0));
    }
    NodeVersion base = new NodeVersion(nums[0], nums[1], nums[2]);
    if (op.equals(">")) {
      // >20 means >=21.0.0; >20.1 means >=20.2.0; >20.1.2 means >=20.1.3
      return Optional.of(
          switch (given) {
            case 1 -> new NodeVersion(base.major() + 1, 0, 0);
            case 2 -> new NodeVersion(base.major(), base.minor() + 1, 0);
            default -> new NodeVersion(base.major(), base.minor(), base.patch() + 1);
          });
    }
    return Optional.of(base); // >=, =, ^, ~ and x-ranges all start at the named version
  }
}
