package dev.asynclint.core.js;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Node.js version the module-type rules judge for, and where that choice came from (shown in
 * the report as note {@code node.target}).
 *
 * @param version the version
 * @param source why this one: the option, a package.json's engines.node, or the LTS default
 */
public record NodeTarget(NodeVersion version, String source) {
  /**
   * End-of-life dates of the LTS lines (nodejs/Release schedule). Checked on 2026-11-26: Node 20
   * reached end of life on 2026-04-30, so Node 22 (maintenance LTS until 2027-04-30) is the oldest
   * maintained LTS, followed by Node 24 (LTS until 2028-04-30).
   */
  private static final Map<Integer, LocalDate> LTS_END_OF_LIFE =
      new TreeMap<>(
          Map.of(
              18, LocalDate.of(2025, 4, 30),
              20, LocalDate.of(2026, 4, 30),
              22, LocalDate.of(2027, 4, 30),
              24, LocalDate.of(2028, 4, 30)));

  /**
   * The version of each LTS line whose module loading every maintained release of that line shares:
   * 20.19.0 (syntax detection and require(esm) backported), 22.12.0 (require(esm) unflagged;
   * detection since 22.7.0), 24.0.0.
   */
  private static final Map<Integer, NodeVersion> LINE_BEHAVIOUR =
      Map.of(
          18, new NodeVersion(18, 20, 0),
          20, new NodeVersion(20, 19, 0),
          22, new NodeVersion(22, 12, 0),
          24, new NodeVersion(24, 0, 0));

  /** The note the report shows, e.g. {@code 20.18.0 (engines.node of package.json)}. */
  public String describe() {
    return version + " (" + source + ")";
  }

  /**
   * Chooses the target: the option, else the lowest version {@code engines.node} admits, else the
   * oldest LTS line still maintained on {@code today}.
   */
  static NodeTarget choose(
      Optional<String> option, Optional<PackageJsonFacts> nearestPackage, LocalDate today) {
    if (option.isPresent()) {
      Optional<NodeVersion> v = NodeVersion.parse(option.get());
      if (v.isPresent()) {
        return new NodeTarget(v.get(), "--node-version");
      }
    }
    if (nearestPackage.isPresent() && nearestPackage.get().enginesNode().isPresent()) {
      String range = nearestPackage.get().enginesNode().get();
      Optional<NodeVersion> low = SemverRange.lowest(range);
      if (low.isPresent()) {
        return new NodeTarget(
            low.get(),
            "lowest version engines.node \"" + range + "\" admits, " + nearestPackage.get().path());
      }
    }
    return oldestMaintainedLts(today);
  }

  static NodeTarget oldestMaintainedLts(LocalDate today) {
    for (var line : LTS_END_OF_LIFE.entrySet()) {
      if (today.isBefore(line.getValue())) {
        return new NodeTarget(
            LINE_BEHAVIOUR.get(line.getKey()),
            "oldest maintained LTS on "
                + today
                + ": Node "
                + line.getKey()
                + ", supported until "
                + line.getValue());
      }
    }
    int newest = ((TreeMap<Integer, LocalDate>) LTS_END_OF_LIFE).lastKey();
    return new NodeTarget(
        LINE_BEHAVIOUR.get(newest), "newest LTS line asynclint knows (all older ones ended)");
  }
}
