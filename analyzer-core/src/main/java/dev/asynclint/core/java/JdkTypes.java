package dev.asynclint.core.java;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts about JDK types from the running JDK's own class metadata: whether a name exists and what
 * its supertypes are. Only the platform class loader is asked, so nothing of the analysed code is
 * ever loaded, and classes are not initialised.
 */
final class JdkTypes {
  private static final ConcurrentHashMap<String, Optional<Set<String>>> ANCESTORS =
      new ConcurrentHashMap<>();

  private JdkTypes() {}

  private static final ConcurrentHashMap<String, Optional<String>> RETURNS =
      new ConcurrentHashMap<>();

  /**
   * The return type of a JDK type's public method with this name and arity, when every such
   * overload returns the same class; empty for unknown types, methods, or disagreeing overloads.
   */
  static Optional<String> returnType(String fqn, String method, int arity) {
    if (!looksLikeJdk(fqn)) {
      return Optional.empty();
    }
    return RETURNS.computeIfAbsent(
        fqn + "#" + method + "/" + arity, k -> loadReturn(fqn, method, arity));
  }

  private static Optional<String> loadReturn(String fqn, String method, int arity) {
    Optional<Class<?>> c = find(fqn);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    String found = null;
    try {
      for (java.lang.reflect.Method m : c.get().getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == arity) {
          Class<?> r = m.getReturnType();
          if (r.isPrimitive() || r.isArray()) {
            return Optional.empty();
          }
          String name = r.getName().replace('$', '.');
          if (found != null && !found.equals(name)) {
            return Optional.empty();
          }
          found = name;
        }
      }
    } catch (LinkageError | SecurityException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(found);
  }

  static boolean exists(String fqn) {
    return ancestors(fqn).isPresent();
  }

  /** The type itself and all its superclasses and interfaces, if the JDK has the type. */
  static Optional<Set<String>> ancestors(String fqn) {
    if (!looksLikeJdk(fqn)) {
      return Optional.empty();
    }
    return ANCESTORS.computeIfAbsent(fqn, JdkTypes::load);
  }

  private static boolean looksLikeJdk(String fqn) {
    return fqn.startsWith("java.") || fqn.startsWith("javax.") || fqn.startsWith("jdk.");
  }

  private static Optional<Set<String>> load(String fqn) {
    Optional<Class<?>> c = find(fqn);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    var all = new LinkedHashSet<String>();
    collect(c.get(), all);
    return Optional.of(Set.copyOf(all));
  }

  private static void collect(Class<?> c, Set<String> into) {
    if (c == null || !into.add(c.getName().replace('$', '.'))) {
      return;
    }
    collect(c.getSuperclass(), into);
    for (Class<?> i : c.getInterfaces()) {
      collect(i, into);
    }
  }

  /** Tries {@code a.b.C.D} as {@code a.b.C$D} (and one level deeper) for nested types. */
  private static Optional<Class<?>> find(String fqn) {
    String name = fqn;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return Optional.of(Class.forName(name, false, ClassLoader.getPlatformClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
          break;
        }
        name = name.substring(0, dot) + "$" + name.substring(dot + 1);
      }
    }
    return Optional.empty();
  }
}
