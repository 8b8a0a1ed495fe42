package dev.asynclint.core.java;

import com.github.javaparser.ast.expr.Expression;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names visible in a body: locals and parameters with their declared type text, and the initialiser
 * of {@code var} locals and of locals that hold a lambda or method reference. Scopes nest for
 * lambdas; inside one body, shadowing is ignored (a later declaration with the same name wins),
 * which is rare in practice and only affects typing, never soundness of a finding.
 */
final class Scope {
  /** A local or parameter. */
  record Variable(String typeText, Optional<Expression> initializer) {}

  private final Scope parent;
  private final Map<String, Variable> variables = new HashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  void declare(String name, String typeText, Optional<Expression> initializer) {
    variables.put(name, new Variable(typeText, initializer));
  }

  Optional<Variable> lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Variable v = s.variables.get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
