package dev.asynclint.core.loop;

import dev.asynclint.core.java.CallFact;

/**
 * A synchronous step in the call graph: unit {@code from} runs unit {@code to} while it runs,
 * through {@code call} (a method call, or a call that takes {@code to} as a function argument and
 * runs it in place, {@code inline}).
 */
public record Edge(String from, String to, int callIndex, CallFact call, boolean inline) {}
