package dev.asynclint.core.java;

import dev.asynclint.core.finding.SourceLocation;
import java.util.List;
import java.util.Set;

/**
 * One call in a code unit: a method call, or a constructor call ({@code name} is {@code <init>}).
 *
 * @param location from the method name to the closing parenthesis
 * @param name simple method name
 * @param argCount number of arguments
 * @param receiver how the call was qualified
 * @param receiverType the receiver's static type as far as the syntactic tier knows it (for
 *     unqualified calls, the enclosing type)
 * @param libraryTypes fully qualified types the receiver is known to have, with ancestors, from the
 *     symbol solver or reflection over JDK types; only filled for calls whose name the API model
 *     mentions (the prefilter)
 * @param receiverCall index in the unit's calls of the call whose result is this call's receiver
 *     ({@code a.b().c()}: the index of {@code b()}), or -1
 * @param functionArgs arguments that carry code
 * @param argTexts source text of every argument (trimmed to a short length)
 * @param argTypes simple name of each argument's static type where the syntactic tier knows it
 *     ({@code String} for a string literal), else empty: used to tell overloads apart
 * @param resultUsed the call's value is used (not an expression statement)
 * @param inLoop the call sits inside a loop of its unit
 * @param conditional the call sits on a conditional path of its unit (a branch, a loop body, a
 *     catch block, the right side of a short-circuit operator)
 * @param loopGuards names of the methods the conditions of the enclosing loops call
 * @param loopShape what kind of loops enclose the call
 * @param snippet source text of the call, for fingerprints
 */
public record CallFact(
    SourceLocation location,
    String name,
    int argCount,
    Receiver receiver,
    TypeRef receiverType,
    Set<String> libraryTypes,
    int receiverCall,
    List<FunctionArg> functionArgs,
    List<String> argTexts,
    List<String> argTypes,
    boolean resultUsed,
    boolean inLoop,
    boolean conditional,
    List<String> loopGuards,
    LoopShape loopShape,
    String snippet) {

  /**
   * The loops around a call: none; only for-each loops, with the receiver not a loop variable
   * (writing the items of an in-memory collection to one stream) or the loop variable itself (one
   * write to each of several streams); or a for/while/do loop, which may go on producing.
   */
  public enum LoopShape {
    NONE,
    EACH_ITEM,
    EACH_RECEIVER,
    OPEN
  }

  /** How a call is qualified. */
  public enum Receiver {
    /** {@code foo()}: this, an outer instance, or a static import */
    IMPLICIT,
    /** {@code this.foo()} */
    THIS,
    /** {@code super.foo()} */
    SUPER,
    /** {@code Type.foo()} */
    TYPE,
    /** {@code expr.foo()} */
    EXPRESSION,
    /** {@code new T(...)} */
    CONSTRUCTOR
  }

  public CallFact {
    libraryTypes = Set.copyOf(libraryTypes);
    functionArgs = List.copyOf(functionArgs);
    argTexts = List.copyOf(argTexts);
    argTypes = List.copyOf(argTypes);
    loopGuards = List.copyOf(loopGuards);
  }

  /** This call with a receiver type found in the project phase. */
  public CallFact withReceiverType(TypeRef type) {
    return new CallFact(
        location,
        name,
        argCount,
        receiver,
        type,
        libraryTypes,
        receiverCall,
        functionArgs,
        argTexts,
        argTypes,
        resultUsed,
        inLoop,
        conditional,
        loopGuards,
        loopShape,
        snippet);
  }

  /** This call with the library types its receiver was found to have. */
  public CallFact withLibraryTypes(Set<String> types) {
    return new CallFact(
        location,
        name,
        argCount,
        receiver,
        receiverType,
        types,
        receiverCall,
        functionArgs,
        argTexts,
        argTypes,
        resultUsed,
        inLoop,
        conditional,
        loopGuards,
        loopShape,
        snippet);
  }
}
