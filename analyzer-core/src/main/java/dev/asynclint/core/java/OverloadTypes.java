package dev.asynclint.core.java;

import java.util.Set;

/**
 * A deliberately cautious test of whether an argument type may be passed to a parameter type, from
 * simple names only: it says "no" only when the answer is evident (a string literal for a {@code
 * Path}, a number for a {@code String}), so overload selection never drops the right method.
 */
final class OverloadTypes {
  private static final Set<String> NUMERIC =
      Set.of(
          "byte",
          "short",
          "int",
          "long",
          "float",
          "double",
          "char",
          "Byte",
          "Short",
          "Integer",
          "Long",
          "Float",
          "Double",
          "Character",
          "Number");
  private static final Set<String> BOOLEAN = Set.of("boolean", "Boolean");

  /** Types anything (or any reference) converts to, so they never rule an overload out. */
  private static final Set<String> UNIVERSAL =
      Set.of("Object", "Serializable", "Comparable", "CharSequence", "Constable");

  private OverloadTypes() {}

  static boolean compatible(String arg, String param) {
    if (arg.isEmpty() || param.isEmpty() || arg.equals(param) || UNIVERSAL.contains(param)) {
      return true;
    }
    if (isTypeVariable(param)) {
      return true;
    }
    if (NUMERIC.contains(arg) || BOOLEAN.contains(arg)) {
      return NUMERIC.contains(arg) ? NUMERIC.contains(param) : BOOLEAN.contains(param);
    }
    if (arg.equals("String")) {
      return false; // String is final: it only fits String and the universal supertypes
    }
    if (NUMERIC.contains(param) || BOOLEAN.contains(param) || param.equals("String")) {
      return false; // a non-numeric, non-string reference for a primitive or a String
    }
    return true; // two reference types: one may extend the other
  }

  /** {@code T}, {@code E}, {@code K2}: a type parameter accepts any reference. */
  private static boolean isTypeVariable(String name) {
    return name.length() <= 2 && Character.isUpperCase(name.charAt(0));
  }
}
