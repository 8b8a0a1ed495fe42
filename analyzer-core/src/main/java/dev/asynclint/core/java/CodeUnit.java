package dev.asynclint.core.java;

import dev.asynclint.core.finding.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A body of code with its own summary (DESIGN 6): a method, constructor, lambda, or the
 * initialisers of a type. Lambdas and anonymous classes are their own units so that code passed as
 * a callback can be told apart from the code that registers it.
 *
 * @param id unique in the project ({@code path#line:column})
 * @param kind what the body belongs to
 * @param declaringType fully qualified type the body is declared in
 * @param name method name; {@code <init>} for constructors, {@code lambda} for lambdas
 * @param paramCount number of parameters
 * @param paramTypes simple names of the declared parameter types, erased
 * @param displayName short label for chains ({@code UserDao.load})
 * @param anchor enclosing member for fingerprints ({@code com.x.UserDao#load(String)})
 * @param location the declaration's name (methods) or arrow (lambdas)
 * @param parent for lambdas: the unit it is written in
 * @param annotations simple or qualified annotation names, as written
 * @param isStatic declared static
 * @param isMain a {@code public static void main(String[])}
 * @param returnType the declared return type, if any
 * @param calls the calls made directly in this body
 */
public record CodeUnit(
    String id,
    Kind kind,
    String declaringType,
    String name,
    int paramCount,
    List<String> paramTypes,
    String displayName,
    String anchor,
    SourceLocation location,
    Optional<String> parent,
    List<String> annotations,
    boolean isStatic,
    boolean isMain,
    Optional<TypeRef> returnType,
    List<CallFact> calls) {

  /** The kind of body. */
  public enum Kind {
    METHOD,
    CONSTRUCTOR,
    LAMBDA,
    INITIALIZER
  }

  public CodeUnit {
    paramTypes = List.copyOf(paramTypes);
    annotations = List.copyOf(annotations);
    calls = List.copyOf(calls);
  }

  /** This unit with its calls replaced (the project phase completes their types). */
  public CodeUnit withCalls(List<CallFact> newCalls) {
    return new CodeUnit(
        id,
        kind,
        declaringType,
        name,
        paramCount,
        paramTypes,
        displayName,
        anchor,
        location,
        parent,
        annotations,
        isStatic,
        isMain,
        returnType,
        newCalls);
  }
}
