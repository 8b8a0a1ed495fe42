package dev.asynclint.core.java;

import dev.asynclint.core.engine.ReportsStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project phase's view of the Java code (DESIGN 6): every code unit with its calls, and for
 * each call the project units it may invoke (class-hierarchy analysis over the tree) and the units
 * its function arguments stand for. Which of those run on the event loop is decided by {@link
 * LoopContext}; this class only knows who calls whom.
 */
public final class JavaProject implements ReportsStatistics {
  private final List<CodeUnit> units;
  private final Map<String, CodeUnit> unitsById;
  private final Map<String, TypeFacts> types;
  private final Map<String, Set<String>> ancestors;
  private final Map<CallKey, List<String>> callTargets;
  private final Map<CallKey, Map<Integer, List<String>>> argUnits;
  private final Map<String, Long> counters;
  private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

  /** Identifies a call: the unit it is in and its index among the unit's calls. */
  public record CallKey(String unitId, int index) {}

  JavaProject(
      List<CodeUnit> units,
      Map<String, CodeUnit> unitsById,
      Map<String, TypeFacts> types,
      Map<String, Set<String>> ancestors,
      Map<CallKey, List<String>> callTargets,
      Map<CallKey, Map<Integer, List<String>>> argUnits,
      Map<String, Long> counters) {
    this.units = units;
    this.unitsById = unitsById;
    this.types = types;
    this.ancestors = ancestors;
    this.callTargets = callTargets;
    this.argUnits = argUnits;
    this.counters = counters;
  }

  /**
   * An analysis derived from this project, computed once and kept with it (the loop context that
   * several rules share); it goes away with the project, so long-lived processes do not leak.
   */
  public <T> T derived(Object key, Class<T> type, java.util.function.Supplier<T> compute) {
    return type.cast(derived.computeIfAbsent(key, k -> compute.get()));
  }

  /** Every call of every unit, in unit order then call order. */
  public void forEachCall(java.util.function.BiConsumer<CodeUnit, CallFact> action) {
    for (CodeUnit u : units) {
      for (CallFact c : u.calls()) {
        action.accept(u, c);
      }
    }
  }

  /** All units, sorted by id (path, then position). */
  public List<CodeUnit> units() {
    return units;
  }

  public Optional<CodeUnit> unit(String id) {
    return Optional.ofNullable(unitsById.get(id));
  }

  public Optional<TypeFacts> type(String fqn) {
    return Optional.ofNullable(types.get(fqn));
  }

  /**
   * All supertypes of a project type, project and library ones (fully qualified), the type itself
   * included.
   */
  public Set<String> ancestorsOf(String typeFqn) {
    return ancestors.getOrDefault(typeFqn, Set.of(typeFqn));
  }

  /** The project methods or constructors the call may invoke. */
  public List<String> targets(CallKey call) {
    return callTargets.getOrDefault(call, List.of());
  }

  /** For each argument index that carries code, the units it stands for. */
  public Map<Integer, List<String>> functionArgUnits(CallKey call) {
    return argUnits.getOrDefault(call, Map.of());
  }

  /** The outermost type a unit belongs to (its top-level class). */
  public String topLevelTypeOf(CodeUnit unit) {
    String t = unit.declaringType();
    Optional<TypeFacts> facts = type(t);
    while (facts.isPresent() && facts.get().outer().isPresent()) {
      t = facts.get().outer().get();
      facts = type(t);
    }
    return t;
  }

  @Override
  public Map<String, Long> counters() {
    return counters;
  }
}
