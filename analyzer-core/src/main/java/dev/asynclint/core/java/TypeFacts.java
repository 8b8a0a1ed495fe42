package dev.asynclint.core.java;

import dev.asynclint.core.finding.SourceLocation;
import java.util.List;

/**
 * A class, interface, enum or record declared in the tree (anonymous classes too, with a synthetic
 * name).
 *
 * @param fqn fully qualified (binary-style with dots) name
 * @param supertypes extended and implemented types
 * @param annotations annotation names as written
 * @param location the name of the declaration
 * @param outer the enclosing type, empty for top-level types
 */
public record TypeFacts(
    String fqn,
    List<TypeRef> supertypes,
    List<String> annotations,
    SourceLocation location,
    java.util.Optional<String> outer) {
  public TypeFacts {
    supertypes = List.copyOf(supertypes);
    annotations = List.copyOf(annotations);
  }

  public String simpleName() {
    int dot = fqn.lastIndexOf('.');
    return dot < 0 ? fqn : fqn.substring(dot + 1);
  }
}
