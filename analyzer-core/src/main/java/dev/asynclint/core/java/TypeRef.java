package dev.asynclint.core.java;

import java.util.List;

/**
 * A type named in source, with the fully qualified names it may stand for in order of preference
 * (nested type, single-type import, same package, {@code java.lang}, on-demand imports). The
 * project phase picks the first candidate that is a project type; library matching accepts any
 * candidate the API model knows. {@code text} is the name as written, without type arguments.
 */
public record TypeRef(String text, List<String> candidates) {
  public TypeRef {
    candidates = List.copyOf(candidates);
  }

  public static TypeRef exact(String fqn) {
    return new TypeRef(fqn, List.of(fqn));
  }

  public boolean isKnown() {
    return !candidates.isEmpty();
  }
}
