package dev.asynclint.core.java;

import java.util.List;
import java.util.Optional;

/**
 * A call argument that is code to run later or now: a lambda or anonymous-class body ({@code
 * units}), a method reference ({@code methodRef}), or an object whose type's methods are the
 * callback ({@code handlerType}, for {@code new MyHandler()} and {@code this}).
 *
 * @param index 0-based argument index
 * @param units ids of code units declared in the argument (lambda body, anonymous methods)
 * @param methodRef for {@code Type::name}, {@code this::name}, {@code expr::name}
 * @param handlerType the type of a handler object passed as argument
 */
public record FunctionArg(
    int index, List<String> units, Optional<MethodRef> methodRef, Optional<TypeRef> handlerType) {
  public FunctionArg {
    units = List.copyOf(units);
  }

  /** {@code owner::name}; {@code owner} is the type of the reference's qualifier. */
  public record MethodRef(TypeRef owner, String name) {}
}
